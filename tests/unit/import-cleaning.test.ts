import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFrontmatter } from '../../tooling/importer/render-mdx.ts';
import { planImport } from '../../tooling/importer/import-run.ts';
import { PLATFORM_HEADER, parseRawArticle, type Block } from '../../tooling/importer/raw-article.ts';

// Each cleaning rule on a known case: the five seed articles kept as fixtures (tests/fixtures/import/seeds/).
// The general rules (nothing lost, nothing of the site left, anchors in order) also hold for every article in
// content/sources/, whatever it holds.
const seeds = 'tests/fixtures/import/seeds';
const plan = planImport({ from: seeds, to: 'content/docs/artikel', root: '.' });
const planned = (file: string) => plan.pages.find((p) => p.source.endsWith(file))!;
const page = (file: string) => planned(file).content;
const raw = (file: string) => readFileSync(join(seeds, file), 'utf8');
const blocks = (file: string) => planned(file).article.blocks;
const texts = (list: Block[], kind: Block['kind']) => list.flatMap((b) => (b.kind === kind && 'text' in b ? [b.text] : []));
/** What a reader gets of a page body: its literal strings, decoded from the MDX. */
const bodyText = (mdx: string) => {
	const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
	const strings = [...body.matchAll(/\{("(?:[^"\\]|\\.)*")\}/gu)].map((m) => JSON.parse(m[1]!) as string);
	const headings = [...body.matchAll(/^## ([^{\n]+)$/gmu)].map((m) => m[1]!);
	return [...strings, ...headings].join('\n');
};
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const sources = 'content/sources';
const site = planImport({ from: sources, to: 'content/docs/artikel', root: '.' });
const articles = site.pages.map((p) => ({ name: basename(p.source), page: p.content, raw: readFileSync(p.source, 'utf8') }));

test('every raw article in content/sources imports without errors, one page each', () => {
	expect(site.errors).toEqual([]);
	expect(site.pages.map((p) => basename(p.source))).toEqual(readdirSync(sources).filter((f) => f.endsWith('.txt')).sort());
});

test('the seed fixtures import without errors, each to the page named after its title', () => {
	expect(plan.errors).toEqual([]);
	expect(plan.pages.map((p) => p.slug)).toEqual([
		'meningkatkan-kewaspadaan-nasional-terhadap-kejahatan-dunia-maya',
		'menegaskan-semangat-dan-aspirasi-vietnam-di-era-digital',
		'langkah-maju-baru-dalam-kerja-sama-antara-vietnam',
		'sesi-diskusi-tingkat-tinggi-tentang-konvensi-hanoi-solidaritas',
		'konvensi-hanoi-langkah-strategis-yang-menegaskan-posisi-vietnam',
	]);
});

describe('header and title', () => {
	test.each(articles)('$name: the platform header is gone', ({ page }) => {
		expect(page).not.toContain(PLATFORM_HEADER);
	});
	test('the title is the first line after the header, and is not repeated in the body', () => {
		const mdx = page('000_591b42893511ba47.txt');
		expect(mdx).toContain('title: "Meningkatkan kewaspadaan nasional terhadap kejahatan dunia maya"');
		expect(count(bodyText(mdx), 'Meningkatkan kewaspadaan nasional terhadap kejahatan dunia maya')).toBe(0);
	});
	test('003 and 004 have no title in the raw text: it comes from their metadata files', () => {
		expect(parseRawArticle(raw('003_9483ca7ec974b437.txt')).title).toBeUndefined();
		expect(parseRawArticle(raw('004_655785cfa83e9c07.txt')).title).toBeUndefined();
		expect(page('003_9483ca7ec974b437.txt')).toContain('title: "Sesi diskusi tingkat tinggi tentang Konvensi Hanoi:');
	});
});

describe('outlet and date', () => {
	test.each([
		['000_591b42893511ba47.txt', 'bao-tin-tuc', '2025-10-08', 'published'],
		['001_abfa09d844576437.txt', 'nhan-dan', '2025-10-25', 'published'],
		['002_39404f678b48ea5c.txt', 'dai-bieu-nhan-dan', '2025-10-25', 'published'],
		['003_9483ca7ec974b437.txt', 'the-gioi-va-viet-nam', '2025-10-26', 'event'],
		['004_655785cfa83e9c07.txt', 'dan-tri', '2025-10-24', 'published'],
	])('%s → outlet %s, %s (%s)', (file, outlet, day, kind) => {
		const mdx = page(file);
		expect(mdx).toContain(`  outlet: ${outlet}\n  published: ${day}\n  dateKind: ${kind}\n`);
		expect(mdx).not.toMatch(/\d{2}\/\d{2}\/2025/u); // the doubled outlet+date line is gone
		expect(bodyText(mdx)).not.toMatch(/Báo .*Báo /u);
	});
	test('the source URL comes from the Sumber line, which is itself gone', () => {
		const mdx = page('000_591b42893511ba47.txt');
		expect(mdx).toContain('sourceUrl: "https://baotintuc.vn/thoi-su/tang-su-nhan-thuc-cua-nguoi-dung-dau-quoc-gia-ve-toi-pham-mang-20251008172004795.htm"');
		expect(bodyText(mdx)).not.toContain('Sumber:');
	});
	test("004's credits become author and credits, its date line the published date", () => {
		const mdx = page('004_655785cfa83e9c07.txt');
		expect(mdx).toContain('  author: "Nam Doan"');
		expect(mdx).toContain('    - role: "Foto"\n      name: "Quyet Thang"');
		expect(mdx).toContain('    - role: "Desain"\n      name: "Tuan Huy"');
		expect(bodyText(mdx)).not.toMatch(/Konten:|Desain:|05:02/u);
	});
});

describe('boilerplate', () => {
	const boilerplate = ['Komentar (0)', 'No data', 'Dalam topik yang sama', 'Dalam kategori yang sama', 'Dari penulis yang sama', 'Daerah banjir di Lang Son', 'Bunga lili air di musim banjir', 'Parade Kostum Kuno', 'No videos available', 'Peristiwa terkini', 'Sistem Politik', 'Silakan tinggalkan komentar'];
	test.each(articles)('$name: no site boilerplate, no image debris', ({ page: mdx }) => {
		for (const text of boilerplate) expect(mdx).not.toContain(text);
		expect(mdx).not.toMatch(/!\[\]\(|inbound\d+\.jpg|<img/u);
		expect(bodyText(mdx)).not.toContain('Keterangan foto');
		expect(bodyText(mdx)).not.toMatch(/^\|/mu);
	});
});

describe('faithful body', () => {
	/** Raw lines that are article text: everything between header/title and the credits or Sumber line, minus debris. */
	const articleLines = (text: string) => {
		const lines = text.split('\n').map((l) => l.trim());
		const end = lines.findIndex((l) => l.startsWith('Sumber: '));
		const start = lines[0] === PLATFORM_HEADER ? 3 : 0; // header, blank, title
		return lines
			.slice(start, end)
			.filter((l) => l && !/^!\[\]|^inbound\d+\.jpg$|^Keterangan foto$|^(Konten|Teks|Foto|Desain|Grafis|Video|Penulis): |^\d{1,2} \p{L}+ \d{4} - \d{1,2}:\d{2}$|\d{2}\/\d{2}\/\d{4}$/u.test(l))
			.map((l) => l.replace(/^\| (.*) \|$/u, '$1'));
	};
	test.each(articles)('$name: every raw sentence of the article is on the page exactly once, verbatim', ({ page: mdx, raw: text }) => {
		const body = bodyText(mdx);
		const lines = articleLines(text);
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) expect({ line, times: count(body, line) }).toEqual({ line, times: 1 });
	});
	test('repeated paragraphs are kept once (003 repeats two paragraphs verbatim)', () => {
		const repeated = 'Para delegasi sepakat bahwa adopsi Konvensi Hanoi menandai langkah maju baru';
		expect(count(raw('003_9483ca7ec974b437.txt'), repeated)).toBe(2);
		expect(count(bodyText(page('003_9483ca7ec974b437.txt')), repeated)).toBe(1);
	});
	test('a repeated image caption is kept once (001, 002)', () => {
		const caption = 'Hanoi akan menjadi tuan rumah upacara penandatanganan';
		expect(count(raw('001_abfa09d844576437.txt'), caption)).toBe(2);
		expect(texts(blocks('001_abfa09d844576437.txt'), 'caption').filter((t) => t.startsWith(caption))).toHaveLength(1);
		expect(count(bodyText(page('002_39404f678b48ea5c.txt')), 'Ibu Ghada Waly, Wakil Sekretaris Jenderal PBB dan Direktur Eksekutif')).toBe(1);
	});
});

describe('structure', () => {
	test('captions are figure captions: "Keterangan foto", table rows, image file names and credited lines', () => {
		expect(texts(blocks('000_591b42893511ba47.txt'), 'caption')).toEqual(['Suasana konferensi pers. Foto: LV']);
		expect(texts(blocks('002_39404f678b48ea5c.txt'), 'caption')).toContain('Suasana dari acara resepsi.');
		expect(texts(blocks('003_9483ca7ec974b437.txt'), 'caption')).toHaveLength(4);
		expect(page('000_591b42893511ba47.txt')).toContain('<figure class="article-figure"><figcaption>{"Suasana konferensi pers. Foto: LV"}</figcaption></figure>');
	});
	test('short lines without final punctuation are sub-headings', () => {
		expect(texts(blocks('000_591b42893511ba47.txt'), 'heading')).toEqual(['Arti khusus', 'Bekerja sama untuk memecahkan masalah internasional']);
		expect(texts(blocks('001_abfa09d844576437.txt'), 'heading')).toEqual(['Konsensus dan solidaritas', 'Kemenangan diplomasi multilateral']);
		expect(page('000_591b42893511ba47.txt')).toContain('\n## Arti khusus\n');
		for (const file of ['002_39404f678b48ea5c.txt', '003_9483ca7ec974b437.txt', '004_655785cfa83e9c07.txt']) {
			expect(texts(blocks(file), 'heading')).toEqual([]);
		}
	});
	test("001's pull-quote stays once, as a pull-quote with its speaker, not as a paragraph", () => {
		const quote = blocks('001_abfa09d844576437.txt').filter((b) => b.kind === 'pullquote');
		expect(quote).toEqual([
			expect.objectContaining({ text: expect.stringMatching(/^Penyelenggaraan acara penting ini oleh Vietnam/u), attribution: 'Ibu Pauline Tamesis, Koordinator Residen Perserikatan Bangsa-Bangsa di Vietnam' }),
		]);
		expect(page('001_abfa09d844576437.txt')).toMatch(/<PullQuote attribution=\{"Ibu Pauline Tamesis, Koordinator Residen[^"]*"\}>\{"Penyelenggaraan acara/u);
	});
	test('004, an interview without its questions, keeps its answers as separate sections', () => {
		const list = blocks('004_655785cfa83e9c07.txt');
		expect(list.filter((b) => b.kind === 'break')).toHaveLength(5);
		expect(page('004_655785cfa83e9c07.txt')).toContain('editorNote: "Artikel ini adalah wawancara, tetapi pertanyaan wartawan tidak ada dalam teks sumber');
		// Each answer block starts where the raw text had a wide gap.
		const afterBreaks = list.flatMap((b, i) => (b.kind === 'break' ? [(list[i + 1] as { text: string }).text.slice(0, 30)] : []));
		expect(afterBreaks).toEqual(['Pilihan Perserikatan Bangsa-Ba', 'Bersamaan dengan peluang untuk', 'Asosiasi Keamanan Siber Nasion', 'Di era revolusi industri keemp', 'Asosiasi ini memainkan peran y']);
	});
	test.each(site.pages.map((p) => ({ name: basename(p.source), planned: p })))('$name: paragraphs carry anchors p-1 … p-N in order', ({ planned: p }) => {
		const ids = [...p.content.matchAll(/<ArticleParagraph id="p-(\d+)">/gu)].map((m) => Number(m[1]));
		expect(ids).toEqual(ids.map((_, i) => i + 1));
		expect(ids.length).toBe(texts(p.article.blocks, 'paragraph').length);
	});
	test('the description is the lead sentence, at most 160 characters', () => {
		for (const p of site.pages) {
			const description = articleFrontmatter(p.content).description as string;
			expect(description.length).toBeLessThanOrEqual(160);
			expect(bodyText(p.content)).toContain(description.replace(/…$/u, ''));
		}
	});
	test('people mentioned by name are referenced', () => {
		expect(page('003_9483ca7ec974b437.txt')).toMatch(/people:\n(?: {4}- [a-z-]+\n)*? {4}- to-lam\n/u);
		expect(page('002_39404f678b48ea5c.txt')).toContain('    - ghada-waly\n    - luong-tam-quang\n');
	});
});
