import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyImport, planImport } from '../../tooling/importer/import-run.ts';
import { generateSyntheticSite, syntheticFiles } from '../../scripts/bench/synthetic-articles.ts';

const corpus = readdirSync('content/sources')
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => readFileSync(join('content/sources', name), 'utf8'));
const realPeople = readdirSync('content/people').map((name) => (parse(readFileSync(join('content/people', name), 'utf8')) as { name: string }).name);
const generate = (seed: number) => generateSyntheticSite({ count: 20, seed, corpus, reservedNames: realPeople });

/** Writes a synthetic set into a throwaway project beside the real outlets and people, and imports it. */
function importInto(site: ReturnType<typeof generate>) {
	const root = mkdtempSync(join(tmpdir(), 'synthetic-test-'));
	cpSync('content/outlets', join(root, 'content/outlets'), { recursive: true });
	cpSync('content/people', join(root, 'content/people'), { recursive: true });
	for (const [path, text] of Object.entries(syntheticFiles(site))) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	const options = { from: join(root, 'content/sources'), to: join(root, 'content/docs/artikel'), root };
	return { root, options, plan: planImport(options) };
}

/** The numbered paragraphs of an imported page, by anchor, as the reader sees them. */
function paragraphs(page: string): Map<string, string> {
	const found = page.matchAll(/<ArticleParagraph id="(p-\d+)">(.*)<\/ArticleParagraph>/gu);
	return new Map([...found].map((match) => [match[1]!, match[2]!.startsWith('{"') ? (JSON.parse(match[2]!.slice(1, -1)) as string) : match[2]!]));
}

describe('synthetic articles for the scale benchmark', () => {
	test('the same seed gives the same files; another seed gives others', () => {
		expect(syntheticFiles(generate(7))).toEqual(syntheticFiles(generate(7)));
		expect(generate(8).articles[0]!.text).not.toBe(generate(7).articles[0]!.text);
	});

	test('they carry the debris of the real raw pages: header, doubled outlet line, images, repeats, Sumber, boilerplate', () => {
		const texts = generate(7).articles.map((article) => article.text);
		expect(texts.every((text) => text.startsWith('Vietnam.vn - Nền tảng quảng bá Việt Nam\n'))).toBe(true);
		expect(texts.some((text) => /^(.+?)\1\d{2}\/\d{2}\/\d{4}$/mu.test(text))).toBe(true);
		expect(texts.some((text) => /^inbound\d+\.jpg$/mu.test(text) || text.includes('![]() |'))).toBe(true);
		expect(texts.every((text) => /^Sumber: https:\/\/\S+$/mu.test(text) && text.includes('Komentar (0)'))).toBe(true);
		const repeated = texts.some((text) => {
			const lines = text.split('\n').filter((line) => line.length > 100);
			return new Set(lines).size < lines.length;
		});
		expect(repeated).toBe(true);
	});

	test('synthetic people never take a real person’s name', () => {
		const names = generate(7).people.map((person) => person.name);
		expect(names.filter((name) => realPeople.includes(name))).toEqual([]);
	});

	test('the real importer turns all 20 into clean pages, and every quote points at the paragraph that holds it', () => {
		const site = generate(7);
		const { options, plan } = importInto(site);
		expect(plan.errors).toEqual([]);
		expect(plan.pages).toHaveLength(20);
		applyImport(plan);
		const outlets = new Set(readdirSync(join(options.root, 'content/outlets')).map((name) => name.replace(/\.yaml$/u, '')));
		for (const article of site.articles) {
			const page = readFileSync(join(options.to, `${article.slug}.mdx`), 'utf8');
			const frontmatter = parse(page.split('\n---\n')[0]!.replace(/^---\n/u, '')) as { title: string; article: { outlet: string; published: string; sourceUrl: string } };
			expect(frontmatter.title.length).toBeGreaterThan(0);
			expect(outlets.has(frontmatter.article.outlet)).toBe(true);
			expect(String(frontmatter.article.published)).toBe(article.published);
			expect(frontmatter.article.sourceUrl).toMatch(/^https:\/\//u);
			expect(page).not.toMatch(/inbound\d+\.jpg|!\[\]\(\)|Komentar \(0\)|Sumber: |Vietnam\.vn - Nền tảng/u);
			const numbered = paragraphs(page);
			expect(numbered.size).toBeGreaterThan(1);
			for (const quote of article.quotes) expect(numbered.get(quote.paragraph)).toContain(quote.text);
		}
		// Imported once, the same files import to the same pages.
		expect(planImport(options).pages.every((page) => page.status === 'unchanged')).toBe(true);
	});
});
