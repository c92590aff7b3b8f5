import { getCollection } from 'astro:content';
import { buildOnce } from '../utils/build-once.ts';
import { compareCorrections, unknownPages } from '../utils/corrections.ts';

async function readCorrections() {
	const [corrections, docs] = await Promise.all([getCollection('corrections'), getCollection('docs')]);
	const docsIds = new Set(docs.map((entry) => entry.id));
	for (const correction of corrections) {
		const unknown = unknownPages(correction, docsIds);
		if (unknown.length) {
			throw new Error(`content/corrections/${correction.id}.yaml: pages: no such page ${unknown.map((id) => `"${id}"`).join(', ')} (use a docs id such as "konvensi")`);
		}
	}
	return corrections.sort(compareCorrections);
}

/** Every correction, newest first, each checked to name existing pages; read once per build, afresh in dev. */
export const corrections = buildOnce(readCorrections);
