// dist/data/quotes.json: every quote and reported statement as open data (see README, "Data for newsrooms").
import type { APIRoute } from 'astro';
import { loadQuotes, quoteRecord } from '~/data/quotes.ts';

export const GET: APIRoute = async ({ site }) => {
	const records = (await loadQuotes()).map((quote) => quoteRecord(quote, site, import.meta.env.BASE_URL));
	return new Response(`${JSON.stringify(records, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
