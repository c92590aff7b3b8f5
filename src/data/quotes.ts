/**
 * Quotes joined with what they point at (speaker, article, outlet, organisation), for pages and data
 * exports: the quote files hold only the ids, so names, outlets and dates have one home each.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { outletOf } from './outlets.ts';
import { loadFactCheck, type FactCheckView } from './fact-checks.ts';
import { citationText } from '../utils/quote-citation.ts';
import type { QuoteRecord } from '../utils/quote-export.ts';
import { buildOnce } from '../utils/build-once.ts';
import { isoDay } from '../utils/dates.ts';
import { paragraphNumber } from '../utils/paragraph-anchor.ts';
import { pagePath, localizedId, type Locale } from '../utils/urls.ts';

type Bilingual = { id: string; en: string };

export interface QuoteView {
	id: string;
	kind: 'direct' | 'reported';
	/** Vietnam.vn's Indonesian translation, as the article prints it: the citable original. */
	text: string;
	/** The site's own English translation of `text` (shown first on English pages, labelled as ours). */
	textEn: string;
	speaker: { id: string; name: string; nativeName?: string | undefined };
	/** The speaker's title from their person record (the role held on the article's date), with its organisation. */
	role: Bilingual;
	/** The title as the article prints it, kept only where that wording is wrong. */
	printedTitle: string | undefined;
	factChecks: FactCheckView[];
	organisation?: { id: string; name: { id: string; en: string } } | undefined;
	outlet: { id: string; name: string };
	date: Date;
	/** The article, the Vietnamese report it translates, and who translated it (the `translation.platform`). */
	article: { id: string; title: string; sourceUrl: string; translatedBy: string };
	paragraph: string;
	tags: string[];
}

type Role = CollectionEntry<'people'>['data']['roles'][number];

/**
 * The role a person held on a day: the first of their record's roles whose dates (where given) include it, else their first.
 * @example roleOn(roles, new Date('2025-10-24')) // → the role to print beside a quote of that day
 */
export function roleOn(roles: readonly Role[], day: Date): Role | undefined {
	const holds = (role: Role) => (!role.from || role.from <= day) && (!role.to || day <= role.to);
	return roles.find(holds) ?? roles[0];
}


/** Quotes per page of the quotes listing (/kutipan/, /kutipan/halaman/<n>/), and per batch of filtered results. */
export const quotesPerPage = 50;

/**
 * Every quote, newest article first, then in reading order within an article. Joined once per build: every
 * article, quote and person page asks for them, and joining per page made the build grow with pages × quotes.
 * The dev server re-reads content, so there each call joins afresh. Callers must not mutate the list.
 * @example (await loadQuotes())[0].speaker.name // → 'Pham The Tung'
 */
export const loadQuotes: () => Promise<QuoteView[]> = buildOnce(joinQuotes);

const quotesByArticle = buildOnce(async () => Map.groupBy(await loadQuotes(), (quote) => quote.article.id));

/**
 * The quotes taken from one article (its Indonesian docs id), in reading order; grouped once per build, since every
 * article page asks. Callers must not mutate the list.
 * @example (await articleQuotes('artikel/abc')).map((quote) => quote.paragraph) // → ['p-2', 'p-5']
 */
export async function articleQuotes(article: string): Promise<readonly QuoteView[]> {
	return (await quotesByArticle()).get(article) ?? [];
}

async function joinQuotes(): Promise<QuoteView[]> {
	const entries = await getCollection('quotes');
	const views = await Promise.all(
		entries.map(async ({ id, data }): Promise<QuoteView> => {
			const [person, article] = await Promise.all([getEntry(data.speaker), getEntry(data.article)]);
			const meta = article.data.article;
			if (!meta) throw new Error(`quote ${id}: ${data.article.id} is not an imported article`);
			const outlet = await outletOf(meta.outlet);
			const organisationRef = person.data.roles.find((role) => role.organisation)?.organisation;
			const organisation = organisationRef ? await getEntry(organisationRef) : undefined;
			const role = roleOn(person.data.roles, meta.published);
			const roleOrganisation = role?.organisation ? (await getEntry(role.organisation)).data.name : undefined;
			const titled = (locale: Locale) => [role?.title[locale], roleOrganisation?.[locale]].filter(Boolean).join(', ');
			for (const check of data.factChecks) {
				const entry = await getEntry(check);
				// A note is about words an article prints: it must name the paragraph these words are in.
				if (!entry?.data.paragraphs.includes(`${article.id}#${data.paragraph}`)) {
					throw new Error(`quote ${id}: fact-check "${check.id}" does not list ${article.id}#${data.paragraph} under paragraphs (content/fact-checks/${check.id}.yaml)`);
				}
			}
			return {
				id,
				kind: data.kind,
				text: data.text,
				textEn: data.textEn,
				speaker: { id: person.id, name: person.data.name, nativeName: person.data.nativeName },
				role: { id: titled('id'), en: titled('en') },
				printedTitle: data.printedTitle,
				factChecks: await Promise.all(data.factChecks.map((check) => loadFactCheck(check.id))),
				organisation: organisation ? { id: organisation.id, name: organisation.data.name } : undefined,
				outlet: { id: outlet.id, name: outlet.data.name },
				date: meta.published,
				article: { id: article.id, title: article.data.title, sourceUrl: meta.sourceUrl, translatedBy: meta.translation.platform },
				paragraph: data.paragraph,
				tags: data.tags,
			};
		}),
	);
	const order = (quote: QuoteView) => paragraphNumber(quote.paragraph);
	return views.sort((a, b) => b.date.getTime() - a.date.getTime() || a.article.id.localeCompare(b.article.id) || order(a) - order(b) || a.id.localeCompare(b.id));
}

/** Site-relative links of a quote under the site base: its own page, its article and paragraph. */
export function quoteLinks(quote: QuoteView, locale: Locale, base: string) {
	const article = pagePath(quote.article.id, base);
	return {
		permalink: pagePath(localizedId(`kutipan/${quote.id}`, locale), base),
		article,
		paragraph: `${article}#${quote.paragraph}`,
		person: pagePath(localizedId(`tokoh/${quote.speaker.id}`, locale), base),
	};
}

/** The citation a "copy" button puts on the clipboard, with absolute URLs. */
export function quoteCitation(quote: QuoteView, locale: Locale, site: URL | undefined, base: string): string {
	const absolute = (path: string) => new URL(path, site ?? 'http://localhost/').href;
	return citationText(
		{
			...quote,
			speaker: quote.speaker.name,
			role: quote.role[locale],
			outlet: quote.outlet.name,
			paragraphUrl: absolute(quoteLinks(quote, locale, base).paragraph),
			paragraph: paragraphNumber(quote.paragraph),
			sourceUrl: quote.article.sourceUrl,
			translatedBy: quote.article.translatedBy,
			factChecks: quote.factChecks.map((check) => ({ note: check.note[locale], sources: check.sources.map((source) => absolute(source.href)) })),
		},
		locale,
	);
}

/** The open-data record of a quote, with absolute URLs. */
export function quoteRecord(quote: QuoteView, site: URL | undefined, base: string): QuoteRecord {
	const links = quoteLinks(quote, 'id', base);
	const absolute = (path: string) => new URL(path, site ?? 'http://localhost/').href;
	return {
		id: quote.id,
		text: quote.text,
		kind: quote.kind,
		speaker: { id: quote.speaker.id, name: quote.speaker.name },
		role: quote.role.id,
		outlet: quote.outlet.name,
		date: isoDay(quote.date),
		article: absolute(links.article),
		paragraph: quote.paragraph,
		url: absolute(links.permalink),
		tags: quote.tags,
		roleEn: quote.role.en,
		outletId: quote.outlet.id,
		organisation: quote.organisation ? { id: quote.organisation.id, name: quote.organisation.name.id } : null,
		textEn: quote.textEn,
		printedTitle: quote.printedTitle ?? null,
		sourceUrl: quote.article.sourceUrl,
		translatedBy: quote.article.translatedBy,
		factChecks: quote.factChecks.map((check) => ({ id: check.id, note: check.note.id, noteEn: check.note.en, sources: check.sources.map((source) => ({ url: absolute(source.href), title: source.title })) })),
	};
}
