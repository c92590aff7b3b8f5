import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { namesPerson, personForName, personNames } from '../../src/utils/people.ts';
import { citationText, type CitableQuote } from '../../src/utils/quote-citation.ts';
import { newCandidates, type QuoteFile } from '../../tooling/quotes/quote-curation.ts';
import { csvField, quotesCsv, type QuoteRecord } from '../../src/utils/quote-export.ts';
import { extractQuoteCandidates, findMentions, splitSentences } from '../../tooling/quotes/quote-extraction.ts';
import { quoteId } from '../../tooling/quotes/quote-ids.ts';
import { applyImport, planImport } from '../../tooling/importer/import-run.ts';
import { applyQuotePlan, planQuoteExtraction } from '../../tooling/quotes/quote-run.ts';
import { containsVerbatim, normalizeWhitespace, slugWords } from '../../tooling/quotes/quote-text.ts';
import { topicTags } from '../../tooling/quotes/quote-topics.ts';
import { anchorBlocks, type Block } from '../../tooling/importer/raw-article.ts';

const people = [
	{ id: 'le-xuan-minh', names: ['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh'] },
	{ id: 'dang-hoang-giang', names: ['Dang Hoang Giang'] },
	{ id: 'pham-the-tung', names: ['Pham The Tung'] },
];
const paragraph = (text: string, line = 1): Block => ({ kind: 'paragraph', text, line });

describe('quote text', () => {
	test('whitespace differences (line breaks, non-breaking spaces) do not count, words do', () => {
		expect(normalizeWhitespace(' a \n\u00a0b ')).toBe('a b');
		expect(containsVerbatim('Dia berkata:\n"Ya,\u00a0benar."', 'Ya, benar.')).toBe(true);
		expect(containsVerbatim('Ya, benar.', 'Ya benar.')).toBe(false);
		expect(containsVerbatim('anything', '  ')).toBe(false);
	});
	test('slugs fold Vietnamese diacritics', () => {
		expect(slugWords('Đặng Hoàng Giang nói: “Xin chào”', 3)).toBe('dang-hoang-giang');
	});
});

describe('quote ids', () => {
	test('speaker, day and first words; lengthened until unique, never reused', () => {
		const taken = new Set<string>();
		const first = quoteId('le-xuan-minh', '2025-10-08', 'Situasi keamanan siber dan kejahatan', taken);
		expect(first).toBe('le-xuan-minh-2025-10-08-situasi-keamanan-siber');
		taken.add(first);
		expect(quoteId('le-xuan-minh', '2025-10-08', 'Situasi keamanan siber kita', taken)).toBe('le-xuan-minh-2025-10-08-situasi-keamanan-siber-kita');
		taken.add('x-2025-10-08-a-b-c');
		expect(quoteId('x', '2025-10-08', 'a b c', taken)).toBe('x-2025-10-08-a-b-c-2');
	});
});

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

describe('export', () => {
	test('CSV fields are quoted only when needed, inner quotes doubled', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a "b", c')).toBe('"a ""b"", c"');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});
	test('CSV has a BOM, a header row and one CRLF row per record', () => {
		const record: QuoteRecord = {
			id: 'q1',
			text: 'Ya, "benar"',
			kind: 'direct',
			speaker: { id: 'le-xuan-minh', name: 'Le Xuan Minh' },
			role: 'Direktur',
			outlet: 'Báo Tin Tức',
			date: '2025-10-08',
			article: 'https://x/artikel/a/',
			paragraph: 'p-9',
			url: 'https://x/kutipan/q1/',
			tags: ['penipuan', 'ekstradisi'],
			roleEn: 'Director',
			outletId: 'tin-tuc',
			organisation: null,
			textEn: 'Yes, "true"',
			printedTitle: null,
			sourceUrl: 'https://baotintuc.vn/a.htm',
			translatedBy: 'Vietnam.vn',
			factChecks: [
				{ id: 'a', note: 'Salah.', noteEn: 'Wrong.', sources: [{ url: 'https://a.example/1', title: 'A' }] },
				{ id: 'b', note: 'Keliru.', noteEn: 'Mistaken.', sources: [{ url: 'https://b.example/1', title: 'B' }, { url: 'https://b.example/2', title: 'B2' }] },
			],
		};
		const lines = quotesCsv([record]).split('\r\n');
		expect(lines[0]).toBe(
			'\uFEFFid,kind,speaker_id,speaker_name,role,outlet,date,article,paragraph,url,tags,text,text_en,role_en,printed_title,source_url,fact_check,fact_check_en,fact_check_sources',
		);
		expect(lines[1]).toBe(
			'q1,direct,le-xuan-minh,Le Xuan Minh,Direktur,Báo Tin Tức,2025-10-08,https://x/artikel/a/,p-9,https://x/kutipan/q1/,penipuan ekstradisi,"Ya, ""benar""","Yes, ""true""",Director,,https://baotintuc.vn/a.htm,Salah. | Keliru.,Wrong. | Mistaken.,https://a.example/1 | https://b.example/1 https://b.example/2',
		);
		expect(lines).toHaveLength(3);
	});
	test('topic tags come from a fixed vocabulary', () => {
		expect(topicTags('… ekstradisi pelaku kejahatan dan penipuan')).toEqual(['ekstradisi', 'penipuan']);
		expect(topicTags('Selamat pagi')).toEqual([]);
	});
});

describe('people', () => {
	test('every written form of a name leads to one person, diacritics and case aside', () => {
		const forms = personNames({ name: 'Le Xuan Minh', nativeName: 'Lê Xuân Minh', aliases: ['Mayor Jenderal Le Xuan Minh', 'Le Xuan Minh'] });
		expect(forms).toEqual(['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh']);
		for (const written of ['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh', 'mayor jenderal  LÊ XUÂN MINH']) {
			expect(personForName(people, written), written).toBe('le-xuan-minh');
		}
		expect(personForName(people, 'Le Xuan')).toBeUndefined();
		expect(namesPerson('… ujar Mayor Jenderal Lê Xuân Minh.', ['Le Xuan Minh'])).toBe(true);
		expect(namesPerson('… ujar Wakil Menteri.', ['Le Xuan Minh'])).toBe(false);
	});
	test('each person in content/people is reachable from each of their written forms, and no form names two people', () => {
		const all = readdirSync('content/people')
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => ({ id: name.replace(/\.yaml$/u, ''), names: personNames(parse(readFileSync(join('content/people', name), 'utf8'))) }));
		for (const { id, names } of all) for (const name of names) expect(personForName(all, name)).toBe(id);
	});
});

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

describe('curation survives re-extraction', () => {
	const file: QuoteFile = {
		article: 'artikel/a',
		quotes: [{ id: 'dang-hoang-giang-2025-10-08-x', kind: 'direct', speaker: 'dang-hoang-giang', paragraph: 'p-1', text: 'Kata-kata yang dipangkas' }],
		candidates: [],
		dropped: [{ paragraph: 'p-2', text: 'Sekretaris Jenderal mengonfirmasi kehadirannya.', reason: 'not named' }],
	};
	test('a checked quote (even trimmed, with another speaker) and a dropped entry are not proposed again; a new find is', () => {
		const taken = new Set(['dang-hoang-giang-2025-10-08-x']);
		const added = newCandidates(
			file,
			[
				{ kind: 'direct', speaker: 'le-xuan-minh', paragraph: 'p-1', text: 'Ini Kata-kata yang dipangkas sedikit', idText: 'Ini' },
				{ kind: 'reported', paragraph: 'p-2', text: 'Sekretaris Jenderal mengonfirmasi kehadirannya.', idText: 'kehadirannya' },
				{ kind: 'reported', speaker: 'le-xuan-minh', paragraph: 'p-3', text: 'Mayor Jenderal Le Xuan Minh menegaskan bahwa kerja sama internasional penting.', idText: 'kerja sama internasional penting.' },
			],
			'2025-10-08',
			taken,
		);
		expect(added).toEqual([
			{ id: 'le-xuan-minh-2025-10-08-kerja-sama-internasional', kind: 'reported', speaker: 'le-xuan-minh', paragraph: 'p-3', text: 'Mayor Jenderal Le Xuan Minh menegaskan bahwa kerja sama internasional penting.', tags: ['kerja-sama-internasional'] },
		]);
		expect(taken.has('le-xuan-minh-2025-10-08-kerja-sama-internasional')).toBe(true);
	});

	test('the real articles: a run proposes nothing that is not already curated', () => {
		const added = planQuoteExtraction('.').flatMap((plan) => plan.added.map((quote) => `${plan.path} ${quote.paragraph}: ${quote.text}`));
		expect(added).toEqual([]);
	});

	let scratch: string | undefined;
	afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));
	test('on a fixture project: a maintainer fixes a speaker, drops one quote and deletes another; the run keeps the first two and re-proposes only the deleted one', () => {
		scratch = mkdtempSync(join(tmpdir(), 'quotes-'));
		cpSync('tests/fixtures/quote-run', scratch, { recursive: true });
		applyImport(planImport({ from: join(scratch, 'content/sources'), to: join(scratch, 'content/docs/artikel'), root: scratch }));
		const [first] = planQuoteExtraction(scratch);
		expect(first!.path).toBe(join('content/quotes', 'konferensi-pers-uji.yaml'));
		expect(first!.added.map((q) => [q.paragraph, q.kind, q.speaker])).toEqual([
			['p-1', 'reported', 'dang-hoang-giang'],
			['p-2', 'direct', 'dang-hoang-giang'],
			['p-3', 'reported', 'le-xuan-minh'],
			['p-4', 'reported', 'le-xuan-minh'],
		]);
		applyQuotePlan(scratch, first!);
		const path = join(scratch, first!.path);
		expect(readFileSync(path, 'utf8')).toMatch(/^# Quotes of artikel\/konferensi-pers-uji\./u);
		// The maintainer's review: p-1 checked with another speaker, p-2 dropped, p-3 checked, p-4 deleted.
		const doc = parseDocument(readFileSync(path, 'utf8'));
		const [p1, p2, p3] = (doc.toJS() as QuoteFile).candidates;
		doc.set('quotes', doc.createNode([{ ...p1!, speaker: 'le-xuan-minh' }, p3!]));
		doc.set('dropped', doc.createNode([{ paragraph: p2!.paragraph, text: p2!.text, reason: 'uji' }]));
		doc.set('candidates', doc.createNode([]));
		writeFileSync(path, doc.toString());
		const [again] = planQuoteExtraction(scratch);
		expect(again!.added.map((q) => [q.paragraph, q.speaker])).toEqual([['p-4', 'le-xuan-minh']]);
		applyQuotePlan(scratch, again!);
		const written = parse(readFileSync(path, 'utf8')) as QuoteFile;
		expect(written.quotes.map((q) => [q.paragraph, q.speaker])).toEqual([['p-1', 'le-xuan-minh'], ['p-3', 'le-xuan-minh']]);
		expect(written.dropped.map((d) => d.paragraph)).toEqual(['p-2']);
		expect(written.candidates.map((q) => q.paragraph)).toEqual(['p-4']);
		// A second run adds nothing more: the candidate awaits review.
		expect(planQuoteExtraction(scratch).flatMap((p) => p.added)).toEqual([]);
	});
	test('reads the articles as the importer does: a bad person record or raw file stops the run with file:line', () => {
		scratch = mkdtempSync(join(tmpdir(), 'quotes-'));
		cpSync('tests/fixtures/quote-run', scratch, { recursive: true });
		writeFileSync(join(scratch, 'content/sources/002_kosong.txt'), '');
		expect(() => planQuoteExtraction(scratch!)).toThrow(/002_kosong\.txt:1: file is empty/u);
	});
});
