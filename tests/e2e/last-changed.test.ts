import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useBuiltSite } from '../support/site.ts';
import { builtPagePaths, siteDist } from '../support/site-dist.ts';

const site = useBuiltSite();

const dist = resolve(siteDist);
const pages = await builtPagePaths();
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const footerDate = (path: string) => /<p class="last-changed"[^>]*>([^<]*)<time datetime="(\d{4}-\d{2}-\d{2})">([^<]+)<\/time>/u.exec(html(path));
const isEnglish = (path: string) => path === '/en/' || path.startsWith('/en/');

/** The UTC day of the newest commit of a file, or undefined when git does not know it. */
function commitDay(file: string): string | undefined {
	const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { encoding: 'utf8' }).trim();
	return seconds ? new Date(Number(seconds) * 1000).toISOString().slice(0, 10) : undefined;
}
/** The MDX file of a built page, if it has one: `/en/konvensi/` → content/docs/en/konvensi.mdx. */
function sourceFile(path: string): string | undefined {
	const id = path.replace(/^\/|\/$/gu, '');
	return [`content/docs/${id}.mdx`, `content/docs/${id ? `${id}/` : ''}index.mdx`].find((file) => existsSync(file));
}
const correctionDays = readdirSync('content/corrections')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => parseYaml(readFileSync(join('content/corrections', file), 'utf8')) as { date: string | Date; pages: string[] })
	.map((entry) => ({ day: new Date(entry.date).toISOString().slice(0, 10), pages: entry.pages }));

describe('last-changed dates', () => {
	test('every page shows, in its language, the day it last changed, and none is in the future', () => {
		expect(pages.length).toBeGreaterThan(0);
		const today = new Date().toISOString().slice(0, 10);
		const missing = pages.filter((path) => !footerDate(path));
		expect(missing).toEqual([]);
		for (const path of pages) {
			const [, label, day, shown] = footerDate(path)!;
			expect(label!.trim(), path).toBe(isEnglish(path) ? 'Last changed:' : 'Terakhir diubah:');
			expect(day! <= today, `${path}: ${day}`).toBe(true);
			expect(shown, path).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
		}
	});

	test('an MDX page shows its file’s newest commit, or a later correction to it', () => {
		const checked = pages.flatMap((path) => {
			const file = sourceFile(path);
			const committed = file && commitDay(file);
			if (!committed) return [];
			const page = path.replace(/^\/(?:en\/?)?|\/$/gu, '') || 'index';
			const corrected = correctionDays.filter((entry) => entry.pages.includes(page)).map((entry) => entry.day);
			const expected = [committed, ...corrected].sort().at(-1);
			expect(footerDate(path)?.[2], path).toBe(expected);
			return [path];
		});
		expect(checked.length).toBeGreaterThan(0);
	});

	test('a reader sees the date at the foot of each kind of page', async () => {
		const kinds = [/^\/$/u, /^\/en\/konvensi\/$/u, /^\/artikel\/[^/]+\/$/u, /^\/kutipan\/[^/]+\/$/u, /^\/en\/tokoh\/[^/]+\/$/u, /^\/kutipan\/halaman\/\d+\/$/u];
		const visited = kinds.flatMap((kind) => pages.find((candidate) => kind.test(candidate)) ?? []);
		expect(visited.length).toBeGreaterThanOrEqual(2);
		for (const path of visited) {
			const { page, errors } = await site.open(path, { width: 390, height: 800 });
			const footer = page.locator('footer .last-changed');
			await footer.scrollIntoViewIfNeeded();
			await expect(footer.isVisible(), path).resolves.toBe(true);
			await expect(footer.locator('time').getAttribute('datetime')).resolves.toBe(footerDate(path)![2]);
			expect(errors).toEqual([]);
			await page.close();
		}
	});
});
