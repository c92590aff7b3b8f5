/**
 * Pagefind ranking for this site, shared by Starlight's search dialog (astro.config.mjs) and the search page.
 * Articles run to 600–2,000 words and explainers are shorter pages about one subject, so page length counts
 * fully (an explainer about "A05" beats a long article naming it once), and repeated terms saturate early
 * (an article repeating a name ten times should not bury a page about that person).
 * @example searchRanking.pageLength // → 1
 */
export const searchRanking = {
	pageLength: 1,
	termFrequency: 1,
	termSaturation: 1.2,
	termSimilarity: 1,
} as const;
