/**
 * Quotes joined with what they point at (speaker, article, outlet, organisation), for pages and data
 * exports: the quote files hold only the ids, so names, outlets and dates have one home each.
 */
import { getCollection, getEntry } from 'astro:content';
import { citationText } from './quote-citation.ts';
import type { QuoteRecord } from './quote-export.ts';
import { buildOnce } from './build-once.ts';
import { isoDay } from './dates.ts';
import { paragraphNumber } from './paragraph-anchor.ts';
import { pagePath, localizedId, type Locale } from './urls.ts';

export interface QuoteView {
	id: string;
	kind: 'direct' | 'reported';
	text: string;
	speaker: { id: string; name: string; nativeName?: string | undefined };
	role: { id: string; en: string };
	organisation?: { id: string; name: { id: string; en: string } } | undefined;
	outlet: { id: string; name: string };
	date: Date;
	article: { id: string; title: string };
	paragraph: string;
	tags: string[];
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

async function joinQuotes(): Promise<QuoteView[]> {
	const entries = await getCollection('quotes');
	const views = await Promise.all(
		entries.map(async ({ id, data }): Promise<QuoteView> => {
			const [person, article] = await Promise.all([getEntry(data.speaker), getEntry(data.article)]);
			const meta = article.data.article;
			if (!meta) throw new Error(`quote ${id}: ${data.article.id} is not an imported article`);
			const outlet = await getEntry(meta.outlet);
			const organisationRef = person.data.roles.find((role) => role.organisation)?.organisation;
			const organisation = organisationRef ? await getEntry(organisationRef) : undefined;
			return {
				id,
				kind: data.kind,
				text: data.text,
				speaker: { id: person.id, name: person.data.name, nativeName: person.data.nativeName },
				role: data.role,
				organisation: organisation ? { id: organisation.id, name: organisation.data.name } : undefined,
				outlet: { id: outlet.id, name: outlet.data.name },
				date: meta.published,
				article: { id: article.id, title: article.data.title },
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
	const paragraphUrl = new URL(quoteLinks(quote, locale, base).paragraph, site ?? 'http://localhost/').href;
	const role = locale === 'en' ? quote.role.en : quote.role.id;
	return citationText({ ...quote, speaker: quote.speaker.name, role, outlet: quote.outlet.name, paragraphUrl, paragraph: paragraphNumber(quote.paragraph) }, locale);
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
	};
}
