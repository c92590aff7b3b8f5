// The outlets of content/outlets/, read once per build: article pages, listings, the feed, share cards and quotes all
// name the outlet of an article, and each asks here instead of looking the record up itself.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOnce } from '../utils/build-once.ts';

type Outlet = CollectionEntry<'outlets'>;

const outletsById = buildOnce(async () => new Map((await getCollection('outlets')).map((outlet) => [outlet.id, outlet])));

/**
 * The outlet record an article's `outlet` reference names (the schema's `reference('outlets')` has checked it exists).
 * @example (await outletOf({ id: 'dan-tri' })).data.name // → 'Báo Dân Trí'
 */
export async function outletOf(reference: { id: string }): Promise<Outlet> {
	const outlet = (await outletsById()).get(reference.id);
	if (!outlet) throw new Error(`outlet "${reference.id}" is not in content/outlets`);
	return outlet;
}

/**
 * Outlet names by id, for lists that name the outlet of each article.
 * @example (await outletNames()).get('dan-tri') // → 'Báo Dân Trí'
 */
export const outletNames = buildOnce(async () => new Map([...(await outletsById())].map(([id, outlet]) => [id, outlet.data.name])));
