/**
 * A stand-in for `astro:content` in unit tests, as Starlight's __tests__/test-utils.ts does: collections are plain
 * arrays of entries, and getCollection/getEntry are spies, so a test can count how often the code reads them.
 * Use it in a `vi.mock('astro:content', async () => (await import('…/astro-content-mock.ts')).mockedAstroContent({…}))`.
 */
import { vi } from 'vitest';

/** An entry as a test writes it: the collection is added, `body` is for docs pages. */
export interface MockEntry {
	id: string;
	body?: string;
	data: Record<string, unknown>;
}

type Reference = { collection: string; id: string };

export function mockedAstroContent(collections: Record<string, MockEntry[]>) {
	const entries = (collection: string) => (collections[collection] ?? []).map((entry) => ({ collection, ...entry }));
	return {
		getCollection: vi.fn(async (collection: string, filter?: (entry: ReturnType<typeof entries>[number]) => unknown) =>
			filter ? entries(collection).filter(filter) : entries(collection),
		),
		getEntry: vi.fn(async (collectionOrReference: string | Reference, id?: string) => {
			const [collection, entryId] =
				typeof collectionOrReference === 'string' ? [collectionOrReference, id] : [collectionOrReference.collection, collectionOrReference.id];
			return entries(collection).find((entry) => entry.id === entryId);
		}),
		reference: (collection: string) => collection,
	};
}
