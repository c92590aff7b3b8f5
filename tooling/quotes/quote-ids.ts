import { slugWords } from './quote-text.ts';

/**
 * A readable, stable quote id: speaker, ISO date and the first words of what was said, lengthened
 * word by word until no other id in `taken` has it. Ids are stored with the quote, never recomputed.
 * @example quoteId('le-xuan-minh', '2025-10-08', 'Situasi keamanan siber dan …', new Set()) // → 'le-xuan-minh-2025-10-08-situasi-keamanan-siber'
 */
export function quoteId(speaker: string, day: string, words: string, taken: ReadonlySet<string>): string {
	const total = slugWords(words, 1000).split('-').length;
	for (let count = 3; count <= total; count++) {
		const id = `${speaker}-${day}-${slugWords(words, count)}`;
		if (!taken.has(id)) return id;
	}
	for (let n = 2; ; n++) {
		const id = `${speaker}-${day}-${slugWords(words, total)}-${n}`;
		if (!taken.has(id)) return id;
	}
}
