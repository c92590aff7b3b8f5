import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { applyImport, planImport } from '../../src/lib/import-run.ts';
import { buildEnvironment } from '../support/build-site.ts';

// A raw article full of MDX, HTML, Markdown and directive syntax goes through the real importer and a real
// `astro build` of a scratch copy of the site with that article added.
const repo = process.cwd();
const fixture = readFileSync('tests/fixtures/import-hostile/hostile.txt', 'utf8').split('\n');
// Inside the repo's ignored tmp/ folder, so packages resolve from the repo's node_modules.
mkdirSync('tmp', { recursive: true });
const root = mkdtempSync(join(repo, 'tmp', 'importer-hostile-'));
let html: ReturnType<typeof parse>;

beforeAll(() => {
	for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, name), join(root, name), { recursive: true });
	cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
	const plan = planImport({ from: join(repo, 'tests/fixtures/import-hostile'), to: join(root, 'content/docs/artikel'), root });
	expect(plan.errors).toEqual([]);
	applyImport(plan);
	const build = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(root, 'dist')], {
		cwd: root,
		encoding: 'utf8',
		env: { ...buildEnvironment(process.env), BASE_PATH: '/' },
	});
	expect(build.status, build.stderr).toBe(0);
	const slug = plan.pages[0]!.slug;
	html = parse(readFileSync(join(root, 'dist/artikel', slug, 'index.html'), 'utf8'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paragraph = (n: number) => html.querySelector(`#p-${n}`)!.childNodes.filter((node) => !('classList' in node && (node as { classList: DOMTokenList }).classList.contains('article-paragraph__link'))).map((node) => node.textContent).join('').trim();

test('hostile text builds and reads literally: no script, no tag, no expression, no directive', () => {
	expect(html.querySelector('h1')!.textContent).toBe(fixture[2]);
	expect(paragraph(1)).toBe(fixture[4]);
	expect(paragraph(2)).toBe('import x from "y"');
	expect(paragraph(3)).toBe('export const a = 1;');
	expect(paragraph(4)).toBe(':::note');
	expect(paragraph(5)).toBe(fixture[18]);
	expect(html.querySelector('.article-figure figcaption')!.textContent).toBe(fixture[9]);
	expect(html.querySelector('main h2')!.textContent).toBe('Subjudul <i>miring</i> {y}');
	const main = html.querySelector('main')!;
	expect(main.querySelectorAll('script, img, b, i, aside, abbr')).toHaveLength(0);
});
