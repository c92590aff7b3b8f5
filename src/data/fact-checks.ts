/**
 * Editors' fact-check notes (content/fact-checks/) with their citations resolved, for the paragraphs and quotes that
 * carry them: one note, one home, shown wherever its words appear.
 */
import { getCollection, getEntry } from 'astro:content';
import { parseCitation } from '../utils/citations.ts';
import { resolveCitation } from './citation-sources.ts';

/** A fact-check note with its sources resolved: a title and a link each (site-relative for an article paragraph). */
export interface FactCheckView {
	id: string;
	note: { id: string; en: string };
	sources: { key: string; href: string; title: string }[];
}

const factCheckViews = new Map<string, Promise<FactCheckView>>();
/** A fact-check note with its citations resolved once per build (several quotes and paragraphs share one). */
export function loadFactCheck(id: string): Promise<FactCheckView> {
	const load = async (): Promise<FactCheckView> => {
		const entry = await getEntry('factChecks', id);
		if (!entry) throw new Error(`unknown fact-check "${id}" (content/fact-checks/)`);
		const sources = await Promise.all(
			entry.data.citations.map(async (key) => {
				const source = await resolveCitation(parseCitation(key), `content/fact-checks/${id}.yaml`);
				return { key, href: source.href, title: source.kind === 'reference' ? `${source.title} (${source.publisher})` : `${source.outlet}: ${source.title}, ¶${source.paragraph}` };
			}),
		);
		return { id, note: entry.data.note, sources };
	};
	if (import.meta.env.DEV) return load();
	if (!factCheckViews.has(id)) factCheckViews.set(id, load());
	return factCheckViews.get(id)!;
}

/**
 * The fact-check notes on one article paragraph (an article's docs id, either language, and its anchor).
 * @example await paragraphFactChecks('artikel/abc', 'p-4') // → [] when no note names that paragraph
 */
export async function paragraphFactChecks(article: string, paragraph: string): Promise<FactCheckView[]> {
	const key = `${article.replace(/^en\//u, '')}#${paragraph}`;
	return factChecksNaming((named) => named === key);
}

/**
 * Every fact-check note on a paragraph of one article (its Indonesian docs id): what the article's page shows of them.
 * @example (await articleFactChecks('artikel/abc')).map((check) => check.id) // → the notes naming any `artikel/abc#p-N`
 */
export function articleFactChecks(article: string): Promise<FactCheckView[]> {
	return factChecksNaming((named) => named.startsWith(`${article}#`));
}

/** The fact-check notes that name a paragraph (`artikel/<slug>#p-N`) matching `matches`, in collection order. */
async function factChecksNaming(matches: (paragraph: string) => boolean): Promise<FactCheckView[]> {
	const entries = await getCollection('factChecks', (entry) => entry.data.paragraphs.some(matches));
	return Promise.all(entries.map((entry) => loadFactCheck(entry.id)));
}
