// dist/data/quotes.csv: the same records as quotes.json, one row per quote (RFC 4180, UTF-8).
import type { APIRoute } from 'astro';
import { quotesCsv } from '~/utils/quote-export.ts';
import { loadQuotes, quoteRecord } from '~/data/quotes.ts';

export const GET: APIRoute = async ({ site }) => {
	const records = (await loadQuotes()).map((quote) => quoteRecord(quote, site, import.meta.env.BASE_URL));
	return new Response(quotesCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
