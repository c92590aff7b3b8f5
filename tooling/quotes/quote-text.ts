/**
 * Text helpers shared by quote extraction, ids and the verbatim checks: one whitespace rule for all.
 */
import { asciiFold } from '../../src/utils/ascii-fold.ts';

/**
 * Collapses every run of whitespace (including non-breaking spaces) to one space and trims.
 * @example normalizeWhitespace(' a \n\u00a0b ') // → 'a b'
 */
export function normalizeWhitespace(text: string): string {
	return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/**
 * Whether `needle` occurs word for word in `haystack`, ignoring differences in whitespace only.
 * @example containsVerbatim('Dia berkata:\n"Ya, benar."', 'Ya, benar.') // → true
 */
export function containsVerbatim(haystack: string, needle: string): boolean {
	const wanted = normalizeWhitespace(needle);
	return wanted.length > 0 && normalizeWhitespace(haystack).includes(wanted);
}

/**
 * The first `count` words of a text as a URL-safe slug (diacritics folded, punctuation dropped).
 * @example slugWords('Situasi keamanan siber dan kejahatan', 3) // → 'situasi-keamanan-siber'
 */
export function slugWords(text: string, count: number): string {
	const words = asciiFold(text)
		.toLowerCase()
		.split(/[^a-z0-9]+/u)
		.filter(Boolean);
	return words.slice(0, count).join('-');
}
