import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';
import type { QuoteFile } from '../../tooling/quotes/quote-curation.ts';
import { applyImport, planImport } from '../../tooling/importer/import-run.ts';
import { applyQuotePlan, planQuoteExtraction } from '../../tooling/quotes/quote-run.ts';

describe('a quote run keeps what a maintainer curated', () => {
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
	test('an article in which the run finds no quote still gets its quote file, with empty lists', () => {
		scratch = mkdtempSync(join(tmpdir(), 'quotes-'));
		cpSync('tests/fixtures/quote-run', scratch, { recursive: true });
		const raw = readFileSync(join(scratch, 'content/sources/001_uji.txt'), 'utf8');
		// The same article with every paragraph replaced by one that names no one.
		const unquoted = raw.replace(/(?<=\n\n)[^\n]*(?:mengatakan|ujar|menegaskan|Menurut)[^\n]*\n\n/gu, 'Panitia menyiapkan ruang pertemuan sejak pagi.\n\n');
		expect(unquoted).not.toMatch(/Dang Hoang Giang|Le Xuan Minh/u);
		writeFileSync(join(scratch, 'content/sources/001_uji.txt'), unquoted);
		applyImport(planImport({ from: join(scratch, 'content/sources'), to: join(scratch, 'content/docs/artikel'), root: scratch }));
		const [plan] = planQuoteExtraction(scratch);
		expect(plan!.exists).toBe(false);
		applyQuotePlan(scratch, plan!);
		const written = parse(readFileSync(join(scratch, plan!.path), 'utf8')) as QuoteFile;
		expect(written).toEqual({ article: 'artikel/konferensi-pers-uji', quotes: [], candidates: [], dropped: [] });
		expect(planQuoteExtraction(scratch).map((p) => p.exists)).toEqual([true]);
	});
	test('reads the articles as the importer does: a bad person record or raw file stops the run with file:line', () => {
		scratch = mkdtempSync(join(tmpdir(), 'quotes-'));
		cpSync('tests/fixtures/quote-run', scratch, { recursive: true });
		writeFileSync(join(scratch, 'content/sources/002_kosong.txt'), '');
		expect(() => planQuoteExtraction(scratch!)).toThrow(/002_kosong\.txt:1: file is empty/u);
	});
});
