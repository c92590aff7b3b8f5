import { describe, expect, test } from 'vitest';
import { extractQuoteCandidates, findMentions, splitSentences } from '../../tooling/quotes/quote-extraction.ts';
import { anchorBlocks, type Block } from '../../tooling/importer/raw-article.ts';
import { fixturePeople as people } from '../support/fixtures.ts';

const paragraph = (text: string, line = 1): Block => ({ kind: 'paragraph', text, line });

describe('extraction', () => {
	test('paragraphs are numbered as the importer numbers them; a pull-quote takes the paragraph before it', () => {
		const blocks = anchorBlocks([paragraph('A'), { kind: 'caption', text: 'Foto', line: 2 }, paragraph('B'), { kind: 'pullquote', text: 'Q', attribution: 'X', line: 4 }]);
		expect(blocks.map((b) => b.anchor)).toEqual(['p-1', undefined, 'p-2', 'p-2']);
	});
	test('mentions: the longer written form wins', () => {
		const found = findMentions('ujar Mayor Jenderal Le Xuan Minh.', people);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ person: 'le-xuan-minh', start: 5 });
	});
	test('sentences are not cut inside quotation marks', () => {
		expect(splitSentences('A b. "C. D," kata E. F.').map((s) => s.text)).toEqual(['A b.', '"C. D," kata E.', 'F.']);
	});
	test('a reported statement ends where a sentence names no speaker; the candidate says so', () => {
		const blocks = anchorBlocks([
			paragraph('Wakil Menteri Dang Hoang Giang mengatakan bahwa semua persiapan telah selesai. Pasukan keamanan siap melayani para delegasi.'),
			paragraph('Mayor Jenderal Le Xuan Minh menegaskan bahwa kerja sama itu penting. Ia juga menekankan bahwa informasi harus dibagi. Kementerian menyatakan bahwa rapat berikutnya digelar bulan depan.'),
		]);
		const [first, second, ...rest] = extractQuoteCandidates(blocks, people, { interview: false });
		expect(first).toMatchObject({ kind: 'reported', speaker: 'dang-hoang-giang', text: 'Wakil Menteri Dang Hoang Giang mengatakan bahwa semua persiapan telah selesai.' });
		expect(first!.note).toMatch(/next sentence names no speaker/u);
		// A pronoun goes on with the same speaker; a ministry is someone else.
		expect(second).toMatchObject({ speaker: 'le-xuan-minh', text: 'Mayor Jenderal Le Xuan Minh menegaskan bahwa kerja sama itu penting. Ia juga menekankan bahwa informasi harus dibagi.' });
		expect(rest).toEqual([]);
	});
	test('a quote whose speaker is named only by title a paragraph later is given to the person with that title', () => {
		const blocks = anchorBlocks([
			paragraph('Dalam sambutannya, Wakil Menteri Keamanan Publik Pham The Tung menyampaikan salam kepada para delegasi.'),
			paragraph('"Inilah tepatnya hal-hal yang telah kita tunggu-tunggu dalam kerangka diskusi," tegas Wakil Menteri Keamanan Publik.'),
		]);
		const candidates = extractQuoteCandidates(blocks, people, { interview: false });
		const direct = candidates.find((c) => c.kind === 'direct')!;
		expect(direct).toMatchObject({ speaker: 'pham-the-tung', paragraph: 'p-2', text: 'Inilah tepatnya hal-hal yang telah kita tunggu-tunggu dalam kerangka diskusi' });
		expect(direct.note).toMatch(/named only as/u);
		expect(candidates.find((c) => c.kind === 'reported')).toMatchObject({ speaker: 'pham-the-tung', paragraph: 'p-1' });
	});
	test('a subject it cannot resolve stays empty with a note, never guessed', () => {
		const [candidate] = extractQuoteCandidates(anchorBlocks([paragraph('Direktur itu mengatakan bahwa semuanya berjalan baik sekali hari ini.')]), people, { interview: false });
		expect(candidate?.speaker).toBeUndefined();
		expect(candidate?.note).toMatch(/not resolved/u);
	});
	test('in an interview, every paragraph after a break is the interviewee\'s direct answer', () => {
		const blocks = anchorBlocks([
			paragraph('Reporter melakukan wawancara dengan Letnan Jenderal Le Xuan Minh, Direktur.'),
			{ kind: 'break', line: 2 },
			paragraph('Tantangan pertama adalah lobi.', 3),
		]);
		const answers = extractQuoteCandidates(blocks, people, { interview: true }).filter((c) => c.paragraph === 'p-2');
		expect(answers).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'le-xuan-minh', text: 'Tantangan pertama adalah lobi.' })]);
	});
});
