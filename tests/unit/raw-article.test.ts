import { describe, expect, test } from 'vitest';
import { anchorBlocks, isAttribution, isHeading, longDateToDay, parseRawArticle, RawArticleError } from '../../tooling/importer/raw-article.ts';

describe('longDateToDay', () => {
	test('an Indonesian long date, with or without the time', () => {
		expect(longDateToDay('24 Oktober 2025 - 05:02')).toBe('2025-10-24');
		expect(longDateToDay('5 Januari 2026')).toBe('2026-01-05');
		expect(longDateToDay('1 mei 2025')).toBe('2025-05-01');
	});
	test('not a date: an unknown month, an impossible day, other text', () => {
		expect(longDateToDay('24 October 2025')).toBeUndefined();
		expect(longDateToDay('31 Februari 2025')).toBeUndefined();
		expect(longDateToDay('Pada 24 Oktober 2025, upacara digelar.')).toBeUndefined();
	});
});

describe('isHeading', () => {
	test('a short clause starting with a capital and without final punctuation', () => {
		expect(isHeading('Arti khusus')).toBe(true);
		expect(isHeading('Kemenangan diplomasi multilateral')).toBe(true);
	});
	test('not a heading: a sentence, a list of clauses, lowercase, or too long', () => {
		expect(isHeading('Upacara digelar di Hanoi.')).toBe(false);
		expect(isHeading('Hanoi, Vietnam')).toBe(false);
		expect(isHeading('arti khusus')).toBe(false);
		expect(isHeading(`Judul ${'panjang '.repeat(12)}`)).toBe(false);
	});
});

describe('isAttribution', () => {
	test('an honorific, a name, a comma and a role, without a final stop', () => {
		expect(isAttribution('Ibu Pauline Tamesis, Koordinator Residen PBB di Vietnam')).toBe(true);
		expect(isAttribution('Bapak Nguyen Van A, Direktur')).toBe(true);
	});
	test('not an attribution: no honorific, no role, or a sentence', () => {
		expect(isAttribution('Pauline Tamesis, Koordinator Residen')).toBe(false);
		expect(isAttribution('Ibu Pauline Tamesis')).toBe(false);
		expect(isAttribution('Ibu Pauline Tamesis, Koordinator Residen, berbicara.')).toBe(false);
	});
});

describe('parseRawArticle', () => {
	const header = 'Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nJudul\n\n';
	test('an outlet+date line with an impossible date fails on its line', () => {
		const parse = () => parseRawArticle(`${header}Isi.\n\nBáo XBáo X31/02/2025\n\nSumber: https://x.vn/a\n`);
		expect(parse).toThrow(RawArticleError);
		expect(parse).toThrow(/impossible date/u);
		try {
			parse();
		} catch (error) {
			expect((error as RawArticleError).line).toBe(7);
		}
	});
	test('title, outlet, date and source URL with their lines', () => {
		const raw = parseRawArticle(`${header}Isi pertama.\n\nBáo XBáo X08/10/2025\n\nSumber: https://x.vn/a\n\nKomentar (0)\n`);
		expect(raw).toMatchObject({ title: { text: 'Judul', line: 3 }, outletName: { text: 'Báo X', line: 7 }, published: { day: '2025-10-08', line: 7 }, sourceUrl: { url: 'https://x.vn/a', line: 9 } });
		expect(raw.blocks).toEqual([{ kind: 'paragraph', text: 'Isi pertama.', line: 5 }]);
	});
});

describe('anchorBlocks', () => {
	test('paragraphs are numbered p-1 … in order; headings and captions are not; a pull-quote takes the paragraph before it', () => {
		const blocks = anchorBlocks([
			{ kind: 'pullquote', text: 'Q0', attribution: 'Ibu X, Y', line: 1 },
			{ kind: 'paragraph', text: 'A', line: 2 },
			{ kind: 'heading', text: 'H', line: 3 },
			{ kind: 'caption', text: 'C', line: 4 },
			{ kind: 'paragraph', text: 'B', line: 5 },
			{ kind: 'pullquote', text: 'Q', attribution: 'Ibu X, Y', line: 6 },
			{ kind: 'break', line: 7 },
		]);
		expect(blocks.map((block) => block.anchor)).toEqual([undefined, 'p-1', undefined, undefined, 'p-2', 'p-2', undefined]);
	});
});
