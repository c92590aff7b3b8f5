import { describe, expect, test } from 'vitest';
import { citationText, type CitableQuote } from '../../src/utils/quote-citation.ts';

describe('citation', () => {
	const quote: CitableQuote = {
		kind: 'direct',
		text: 'Kami selalu ingin memanfaatkan dunia siber untuk tujuan perdamaian dan pembangunan',
		speaker: 'Le Xuan Minh',
		role: 'Direktur A05',
		outlet: 'Báo Tin Tức',
		date: new Date('2025-10-08'),
		paragraphUrl: 'https://example.org/artikel/a/#p-10',
		paragraph: 10,
		sourceUrl: 'https://baotintuc.vn/a.htm',
		translatedBy: 'Vietnam.vn',
	};
	test('Indonesian: speaker, role, outlet, date, what the words are, words in quotation marks, paragraph URL, Vietnamese original', () => {
		expect(citationText(quote, 'id')).toBe(
			'Le Xuan Minh (Direktur A05), dikutip Báo Tin Tức, 8 Oktober 2025, dalam terjemahan Vietnam.vn ke bahasa Indonesia atas laporan berbahasa Vietnam: "Kami selalu ingin memanfaatkan dunia siber untuk tujuan perdamaian dan pembangunan" https://example.org/artikel/a/#p-10 (paragraf 10; asli berbahasa Vietnam: https://baotintuc.vn/a.htm)',
		);
	});
	test('English: the Indonesian is named as the citable original and the English as our translation', () => {
		const english = citationText({ ...quote, textEn: 'We always want to use cyberspace for peace and development', role: 'Director of A05' }, 'en');
		expect(english).toBe(
			`Le Xuan Minh (Director of A05), quoted by Báo Tin Tức, 8 October 2025. Indonesian text (Vietnam.vn's translation of the Vietnamese report; the citable original): "Kami selalu ingin memanfaatkan dunia siber untuk tujuan perdamaian dan pembangunan" Our unofficial English translation: "We always want to use cyberspace for peace and development" https://example.org/artikel/a/#p-10 (paragraph 10; Vietnamese original: https://baotintuc.vn/a.htm)`,
		);
	});
	test('a reported statement is marked as a paraphrase, never put in quotation marks', () => {
		const reported = citationText({ ...quote, kind: 'reported', textEn: 'We always want peace', role: 'Director of A05' }, 'en');
		expect(reported).toContain('Le Xuan Minh (Director of A05), as reported (paraphrase) by Báo Tin Tức, 8 October 2025.');
		expect(reported).not.toContain('"');
		expect(citationText({ ...quote, kind: 'reported' }, 'id')).toContain('menurut laporan Báo Tin Tức (parafrase), 8 Oktober 2025');
		expect(citationText({ ...quote, kind: 'reported' }, 'id')).not.toContain('"');
	});
	test('a fact-check note and a wrongly printed title travel with the words', () => {
		const checked = { ...quote, printedTitle: 'Koordinator Tetap', factChecks: [{ note: 'Tidak benar.', sources: ['https://unis.unvienna.org/x.html'] }] };
		expect(citationText(checked, 'id')).toMatch(/^Le Xuan Minh \(Direktur A05; artikel menulis "Koordinator Tetap"\), .* Catatan cek fakta redaksi: Tidak benar\. \(https:\/\/unis\.unvienna\.org\/x\.html\)$/u);
		expect(citationText({ ...checked, factChecks: [{ note: 'Not true.', sources: ['https://unis.unvienna.org/x.html'] }] }, 'en')).toMatch(
			/^Le Xuan Minh \(Direktur A05; the article prints "Koordinator Tetap"\), .* Fact-check note: Not true\. \(https:\/\/unis\.unvienna\.org\/x\.html\)$/u,
		);
	});
});
