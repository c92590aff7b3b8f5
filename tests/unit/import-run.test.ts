import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFrontmatter, isHandEdited } from '../../tooling/importer/render-mdx.ts';
import { applyImport, planImport } from '../../tooling/importer/import-run.ts';
import { goodRawArticle as good, importProject as project } from '../support/import-project.ts';

const seeds = 'tests/fixtures/import/seeds';
const seed = (name: string) => readFileSync(join(seeds, name));
const errorsOf = (files: Record<string, string | Uint8Array>) => planImport(project(files).options).errors;

describe('bad input: path:line: what is wrong', () => {
	test('an empty file', () => {
		expect(errorsOf({ 'a.txt': '' })).toEqual([expect.stringMatching(/\/sources\/a\.txt:1: file is empty$/u)]);
	});
	test('a file that is not UTF-8 names the bad line', () => {
		const latin1 = Buffer.concat([Buffer.from('Vietnam.vn\n\nJudul\n'), Buffer.from([0x42, 0xe1, 0x6f, 0x0a])]);
		expect(errorsOf({ 'a.txt': latin1 })).toEqual([expect.stringMatching(/a\.txt:4: is not valid UTF-8 text/u)]);
	});
	test('no body', () => {
		const text = 'Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nJudul\n\nBáo Tin TứcBáo Tin Tức08/10/2025\n\nSumber: https://baotintuc.vn/x\n\nNo data\n';
		expect(errorsOf({ 'a.txt': text })).toEqual([expect.stringMatching(/a\.txt:1: no body/u)]);
	});
	test.each([
		['title', seed('003_9483ca7ec974b437.txt'), /:1: no title: .*003\.meta\.yaml gives no "title"/u],
		['date', good.replace('Báo Tin TứcBáo Tin Tức08/10/2025', ''), /:1: no date: /u],
		['source URL', good.replace('Sumber: https://baotintuc.vn/uji.htm', ''), /:1: no source URL: /u],
	])('a missing %s that no metadata file supplies', (_field, text, message) => {
		expect(errorsOf({ '003.txt': text })).toEqual([expect.stringMatching(message)]);
	});
	test('two articles that would get the same page', () => {
		expect(errorsOf({ 'a.txt': good, 'b.txt': good })).toEqual([
			expect.stringMatching(/b\.txt:1: would get the same page as .*a\.txt \(slug "judul-artikel-uji"\); set another "slug" in .*b\.meta\.yaml$/u),
		]);
	});
	test('an outlet that is not in content/outlets', () => {
		expect(errorsOf({ 'a.txt': good.replace(/Báo Tin Tức/gu, 'Báo Lạ') })).toEqual([
			expect.stringMatching(/a\.txt:7: outlet "Báo Lạ" is not in content\/outlets/u),
		]);
	});
	test('a page the importer did not write is never overwritten, even with --force', () => {
		const { options } = project({ 'a.txt': good, 'a.meta.yaml': 'slug: index\n' });
		writeFileSync(join(options.to, 'index.mdx'), '---\ntitle: Daftar\n---\n');
		const plan = planImport({ ...options, force: true });
		expect(plan.errors).toEqual([expect.stringMatching(/a\.txt:1: would overwrite .*out\/index\.mdx, a page the importer did not write/u)]);
	});
	test('a missing sources folder', () => {
		expect(planImport({ from: '/nonexistent/sources', to: '/tmp', root: '.' }).errors).toEqual(['/nonexistent/sources:1: no such folder']);
	});
	test('an unknown field in a metadata file', () => {
		expect(errorsOf({ 'a.txt': good, 'a.meta.yaml': 'topics: [x]\ntitel: Salah\n' })).toEqual([
			expect.stringMatching(/a\.meta\.yaml:2: unknown field "titel"/u),
		]);
	});
	test('a misspelt field or a missing value in a person or outlet record, as the build would report it', () => {
		const { options, root } = project({ 'a.txt': good });
		mkdirSync(join(root, 'content/people'));
		writeFileSync(join(root, 'content/people/x.yaml'), 'name: X\naliasses:\n  - Y\n');
		writeFileSync(join(root, 'content/people/y.yaml'), 'aliases: []\nroles:\n  - title: { id: A, en: A }\n');
		writeFileSync(join(root, 'content/outlets/z.yaml'), 'name: Z\ndomain: z.vn\nurl: http://z.vn/\nlang: vi\ndescription: { id: a, en: a }\n');
		expect(planImport(options).errors).toEqual([
			expect.stringMatching(/content\/outlets\/z\.yaml:3: field "url" has an invalid value/u),
			expect.stringMatching(/content\/people\/x\.yaml:2: unknown field "aliasses"$/u),
			expect.stringMatching(/content\/people\/y\.yaml:1: field "name" has an invalid value/u),
			expect.stringMatching(/content\/people\/y\.yaml:3: field "roles\.0\.source" has an invalid value/u),
		]);
	});
	test('a metadata value of the wrong kind names its line', () => {
		expect(errorsOf({ 'a.txt': good, 'a.meta.yaml': 'topics: [x]\ninterview: ya\n' })).toEqual([
			expect.stringMatching(/a\.meta\.yaml:2: field "interview" has an invalid value/u),
		]);
	});
	test('every bad input is reported in one run', () => {
		expect(errorsOf({ 'a.txt': '', 'b.txt': good.replace(/Báo Tin Tức/gu, 'Báo Lạ'), 'c.txt': good })).toHaveLength(2);
	});
});

describe('who an article names', () => {
	test('a person is listed when any written form of their name (name, native name, alias) stands in the text as whole words', () => {
		const text = good.replace('Paragraf kedua.', 'Menurut Lê Xuân Minh dan Wakil Menteri Giang, rapat Tamara selesai.');
		const { options, root } = project({ 'a.txt': text });
		mkdirSync(join(root, 'content/people'));
		const record = (name: string, extra = '') => `name: ${name}\n${extra}roles:\n  - title: { id: A, en: A }\n    source: artikel/x#p-1\n`;
		writeFileSync(join(root, 'content/people/le-xuan-minh.yaml'), record('Le Xuan Minh', 'nativeName: Lê Xuân Minh\n'));
		writeFileSync(join(root, 'content/people/dang-hoang-giang.yaml'), record('Dang Hoang Giang', 'aliases:\n  - Wakil Menteri Giang\n'));
		writeFileSync(join(root, 'content/people/tam.yaml'), record('Tam'));
		writeFileSync(join(root, 'content/people/absent.yaml'), record('Nguyen Van A'));
		const plan = planImport(options);
		expect(plan.errors).toEqual([]);
		const people = plan.pages.map((page) => (articleFrontmatter(page.content) as { article: { people?: string[] } }).article.people);
		expect(people).toEqual([['dang-hoang-giang', 'le-xuan-minh']]);
	});
});

describe('writing', () => {
	test('all or nothing: one bad file and no page in --to changes', () => {
		const { options, snapshot } = project({ 'a.txt': good });
		applyImport(planImport(options));
		const before = snapshot();
		writeFileSync(join(options.from, 'a.txt'), good.replace('Paragraf kedua.', 'Paragraf kedua, diubah.'));
		writeFileSync(join(options.from, 'b.txt'), '');
		const plan = planImport(options);
		expect(plan.errors).toHaveLength(1);
		expect(() => applyImport(plan)).toThrow(/refusing to write/u);
		expect(snapshot()).toEqual(before);
	});
	test('deterministic: importing twice gives byte-identical files, and no temp files are left', () => {
		const files = Object.fromEntries(readdirSync(seeds).map((f) => [f, readFileSync(join(seeds, f))]));
		const articles = Object.keys(files).filter((f) => f.endsWith('.txt'));
		const first = project(files);
		const second = project(files);
		applyImport(planImport(first.options));
		applyImport(planImport(second.options));
		expect(Object.keys(first.snapshot())).toHaveLength(articles.length);
		// Raw paths are recorded relative to each project's root, so the two runs can be compared byte for byte.
		expect(second.snapshot()).toEqual(first.snapshot());
		const again = planImport(first.options);
		expect(again.pages.map((p) => p.status)).toEqual(articles.map(() => 'unchanged'));
	});
	test('a hand-edited page is kept and reported; --force overwrites it', () => {
		const { options, snapshot } = project({ 'a.txt': good });
		applyImport(planImport(options));
		const page = join(options.to, 'judul-artikel-uji.mdx');
		const edited = readFileSync(page, 'utf8').replace('Paragraf kedua.', 'Paragraf kedua, disunting redaksi.');
		writeFileSync(page, edited);
		expect(isHandEdited(edited)).toBe(true);
		writeFileSync(join(options.from, 'a.txt'), good.replace('Paragraf kedua.', 'Paragraf kedua versi baru.'));
		const plan = planImport(options);
		expect(plan.pages[0]!.status).toBe('hand-edited');
		expect(applyImport(plan)).toBe(0);
		expect(snapshot()['judul-artikel-uji.mdx']).toBe(edited);
		const forced = planImport({ ...options, force: true });
		expect(forced.pages[0]!.status).toBe('forced');
		applyImport(forced);
		expect(snapshot()['judul-artikel-uji.mdx']).toContain('Paragraf kedua versi baru.');
		expect(isHandEdited(snapshot()['judul-artikel-uji.mdx']!)).toBe(false);
	});
	test('an unedited page is updated when its source changes', () => {
		const { options, snapshot } = project({ 'a.txt': good });
		applyImport(planImport(options));
		writeFileSync(join(options.from, 'a.txt'), good.replace('Paragraf kedua.', 'Paragraf kedua versi baru.'));
		const plan = planImport(options);
		expect(plan.pages[0]!.status).toBe('updated');
		applyImport(plan);
		expect(snapshot()['judul-artikel-uji.mdx']).toContain('Paragraf kedua versi baru.');
	});
});
