// dist/data/states.json: one record per state or organisation of the tracker (see README, "Status tracker").
import type { APIRoute } from 'astro';
import { stateRows } from '~/data/state-data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(await stateRows(site), null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
