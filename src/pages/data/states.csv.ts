// dist/data/states.csv: the same rows as states.json (RFC 4180, UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { stateRows } from '~/data/state-data.ts';
import { statesCsv } from '~/utils/state-export.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(statesCsv(await stateRows(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
