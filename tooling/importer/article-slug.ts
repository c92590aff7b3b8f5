/** Page slugs for imported articles, derived from the title so they are readable and stable. */
import { asciiFold } from '../../src/utils/ascii-fold.ts';

const maxSlugLength = 64;
/** Little words a shortened slug should not end on. */
const trailingStopWords = new Set(['dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'dalam', 'antara', 'terhadap', 'dengan', 'atau', 'pada', 'tentang', 'oleh', 'bagi']);

/**
 * Slug of a title: ASCII words joined by hyphens, cut to 64 characters at a word, never ending on a little word.
 * @example slugFromTitle('Langkah maju baru dalam kerja sama antara Vietnam dan Perserikatan Bangsa-Bangsa.') // → 'langkah-maju-baru-dalam-kerja-sama-antara-vietnam'
 */
export function slugFromTitle(title: string): string {
	const words = asciiFold(title)
		.toLowerCase()
		.split(/[^a-z0-9]+/u)
		.filter(Boolean);
	const kept: string[] = [];
	for (const word of words) {
		if ([...kept, word].join('-').length > maxSlugLength) break;
		kept.push(word);
	}
	while (kept.length > 1 && trailingStopWords.has(kept.at(-1)!)) kept.pop();
	return kept.join('-');
}
