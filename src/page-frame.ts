/**
 * What a page gets from outside its own record: its "last changed" date and its share card, which src/route-data.ts
 * adds to every page, and the corrections its title shows. The routes' cache keys read the same functions, so a key
 * changes whenever what they add does.
 */
import { getCollection } from 'astro:content';
import { buildOnce } from './utils/build-once.ts';
import { corrections } from './data/correction-log.ts';
import { docsPage } from './data/docs-pages.ts';
import { correctionsOfPage } from './utils/corrections.ts';
import { newestChange, readChangeDates, type ChangeDates } from './build/last-changed.ts';
import { pageSourcePaths, type QuoteSource } from './utils/page-sources.ts';
import type { PageFrame } from './utils/page-cache-key.ts';
import type { Locale } from './utils/urls.ts';


/** When each content file last changed, from git (run from the project root); read once per build, afresh in dev. */
const contentChanges: () => ChangeDates = buildOnce(() => readChangeDates(process.cwd()));
const quoteSources: () => Promise<QuoteSource[]> = buildOnce(() =>
	getCollection('quotes').then((quotes) => quotes.map((quote) => ({ id: quote.id, article: quote.data.article.id, speaker: quote.data.speaker.id }))),
);

/**
 * The date a page last changed: the newest commit of the files it is made from, or of a correction to it, whichever
 * is later. Undefined when git knows none of them (a new uncommitted page, a shallow clone).
 */
export async function lastChanged(pageId: string, filePath: string | undefined): Promise<Date | undefined> {
	const sources = await quoteSources();
	const fileDate = newestChange(contentChanges(), pageSourcePaths(pageId, filePath, sources));
	const corrected = correctionsOfPage(await corrections(), pageId)[0]?.data.date;
	return fileDate && corrected ? (fileDate > corrected ? fileDate : corrected) : (fileDate ?? corrected);
}

/**
 * The id of the share card (src/pages/og/[...id].png.ts) of the page with this docs entry id: its own, or for pages
 * outside the docs collection their home's. Starlight names the root home '' where the collection says 'index'.
 */
export async function shareCardId(entryId: string, locale: Locale): Promise<string> {
	const id = entryId || 'index';
	return (await docsPage(id)) ? id : locale === 'en' ? 'en' : 'index';
}

/**
 * What the head, title and footer add to a page with this route id: a quote or person page, or a docs page (its
 * `entry`, which for an untranslated page under /en/ is the Indonesian original, whose file dates it and whose
 * share card and corrections it shows, as src/route-data.ts and CorrectionNotice.astro read them).
 */
export async function pageFrame(pageId: string, locale: Locale, entry?: { id: string; filePath?: string | undefined }): Promise<PageFrame> {
	return {
		lastChanged: await lastChanged(pageId, entry?.filePath),
		shareCard: await shareCardId(entry?.id ?? pageId, locale),
		corrections: correctionsOfPage(await corrections(), entry?.id ?? pageId),
	};
}
