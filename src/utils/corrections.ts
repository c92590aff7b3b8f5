import type { Locale } from './urls.ts';

/** What the log, the notices and the feed need of a correction (the `corrections` collection's data). */
export interface Correction {
	id: string;
	data: { date: Date; pages: string[]; summary: Record<Locale, string> };
}

/**
 * The Indonesian page id a correction names for a page id of either language (Starlight calls the homes '' and 'en').
 * @example correctedPageId('en/konvensi') // → 'konvensi'
 */
export function correctedPageId(docsId: string): string {
	return docsId.replace(/^en(?:\/|$)/u, '') || 'index';
}

/**
 * Newest first; on the same day by id, so the order never depends on file-system order.
 * @example [older, newer].sort(compareCorrections) // → [newer, older]
 */
export function compareCorrections(a: Correction, b: Correction): number {
	return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * The corrections that name a page (of either language), newest first.
 * @example correctionsOfPage(all, 'en/konvensi') // → the entries whose `pages` include 'konvensi'
 */
export function correctionsOfPage<T extends Correction>(corrections: T[], docsId: string): T[] {
	const page = correctedPageId(docsId);
	return corrections.filter((correction) => correction.data.pages.includes(page)).sort(compareCorrections);
}

/**
 * Page ids a correction names that are not pages of the site; the build fails naming its file.
 * @example unknownPages({ id: 'x', data: { pages: ['konvensi', 'typo'], … } }, new Set(['konvensi'])) // → ['typo']
 */
export function unknownPages(correction: Correction, docsIds: Set<string>): string[] {
	return correction.data.pages.filter((page) => !docsIds.has(page));
}

