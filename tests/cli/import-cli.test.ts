import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyImport, planImport } from '../../tooling/importer/import-run.ts';
import { sourceHashOf } from '../../tooling/importer/translation-check.ts';
import { goodRawArticle as good, importProject as project } from '../support/import-project.ts';

// `npm run import` as a maintainer runs it: each test starts the CLI as a new Node process. The importer's rules are
// tested in-process in tests/unit/import-run.test.ts.

describe('errors', () => {
	test('the CLI prints the errors and exits non-zero', () => {
		const { options } = project({ 'a.txt': '' });
		const run = spawnSync(process.execPath, ['scripts/import.ts', '--from', options.from, '--to', options.to], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/a\.txt:1: file is empty\nimport failed: 1 error\(s\); nothing in .* was changed/u);
	});
});

describe('--check', () => {
	test('fails when a page is out of date, passes once imported', () => {
		const { root, options } = project({ 'a.txt': good });
		// Run from the throwaway project, as a maintainer runs it from theirs.
		const script = join(process.cwd(), 'scripts/import.ts');
		const check = () =>
			spawnSync(process.execPath, [script, '--check', '--from', 'sources', '--to', 'out', '--english', 'en'], { cwd: root, encoding: 'utf8' });
		const missing = check();
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('out/judul-artikel-uji.mdx: missing (from sources/a.txt)');
		applyImport(planImport(options));
		// A new article needs its English page too (here a summary), as the README says.
		mkdirSync(join(root, 'en'));
		const sourceHash = sourceHashOf(readFileSync(join(root, 'out/judul-artikel-uji.mdx'), 'utf8'));
		writeFileSync(
			join(root, 'en/judul-artikel-uji.mdx'),
			`---\ntitle: Test article\ntranslationOf:\n  article: artikel/judul-artikel-uji\n  kind: summary\n  sourceHash: ${sourceHash}\n---\n\nA summary.\n`,
		);
		expect(check().status).toBe(0);
	});
	test('the committed article pages are exactly what the importer writes now', () => {
		const run = spawnSync(process.execPath, ['scripts/import.ts', '--check'], { encoding: 'utf8' });
		// Pages a maintainer edited are reported, not failed: they are meant to differ.
		for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/edited by hand since the last import; kept/u);
		expect(run.status).toBe(0);
		const articles = readdirSync('content/sources').filter((f) => f.endsWith('.txt')).length;
		expect(run.stdout).toMatch(new RegExp(`^checked ${articles} articles in \\d+ ms: up to date\nchecked English pages: \\d+ translated, \\d+ summary only\n$`, 'u'));
	});
});
