/**
 * Pagefind ranking for this site, shared by Starlight's search dialog (astro.config.mjs) and the search page.
 * Articles run to 600–2,000 words and explainers are shorter pages about one subject, so page length counts
 * (an explainer about "A05" beats a long article naming it once), but only by half: at 1, the one-paragraph
 * quote pages buried a person's own page under their quotes (measured: "Lê Xuân Minh" gave the person 4th).
 * Repeated terms saturate early (an article repeating a name ten times should not bury a page about that person).
 * @example searchRanking.pageLength // → 0.5
 */
export const searchRanking = {
	pageLength: 0.5,
	termFrequency: 1,
	termSaturation: 1.2,
	termSimilarity: 1,
} as const;
