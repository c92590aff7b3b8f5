import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useBuiltSite } from '../support/site.ts';
import { siteDist } from '../support/site-dist.ts';

const site = useBuiltSite();

interface CorrectionFile {
	date: string | Date;
	pages: string[];
	summary: { id: string; en: string };
}
const dir = resolve('content/corrections');
const corrections = readdirSync(dir)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({ id: file.replace(/\.yaml$/u, ''), data: parseYaml(readFileSync(join(dir, file), 'utf8')) as CorrectionFile }));

/** The path of a corrected page in a language: `konvensi` → `/konvensi/`, `/en/konvensi/`; `index` → `/`, `/en/`. */
const pagePath = (id: string, lang: 'id' | 'en') => `${lang === 'en' ? '/en' : ''}/${id === 'index' ? '' : `${id}/`}`.replace(/\/\/$/u, '/');
const logPath = { id: '/koreksi/', en: '/en/koreksi/' } as const;

describe('the corrections log', () => {
	test.each(['id', 'en'] as const)('%s: lists every entry of content/corrections, newest first, each linking to its pages', async (lang) => {
		const { page, errors } = await site.open(logPath[lang]);
		const entries = page.locator('.correction-log__entry');
		const shown = await entries.evaluateAll((items) =>
			items.map((item) => ({ id: item.id, title: item.querySelector('h2')?.textContent?.trim(), date: item.querySelector('time')?.getAttribute('datetime') })),
		);
		expect(shown.map((entry) => entry.id).sort()).toEqual(corrections.map((correction) => correction.id).sort());
		const dates = shown.map((entry) => entry.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		for (const correction of corrections) {
			const entry = page.locator(`[id="${correction.id}"]`);
			await expect(entry.locator('h2').textContent()).resolves.toBe(correction.data.summary[lang]);
			const links = await entry.locator('.correction-log__meta a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
			expect(links).toEqual(correction.data.pages.map((id) => pagePath(id, lang)));
			// Every entry names at least one source, and each source is a link.
			expect(await entry.locator('.correction-log__sources a').count()).toBeGreaterThan(0);
		}
		expect(errors).toEqual([]);
	});

	/** Every corrected page in both languages, with the corrections it must show. */
	const correctedPages = [
		...Map.groupBy(
			corrections.flatMap((correction) => correction.data.pages.flatMap((id) => (['id', 'en'] as const).map((lang) => ({ correction, lang, path: pagePath(id, lang) })))),
			(item) => item.path,
		).values(),
	].map((items) => ({ path: items[0]!.path, lang: items[0]!.lang, corrections: items.map((item) => item.correction) }));

	test('some page carries a correction', () => expect(correctedPages.length).toBeGreaterThan(0));

	test.each(correctedPages)('$path shows a dated notice under its title for each correction naming it, linking to its entry', async ({ path, lang, corrections: expected }) => {
		const { page, errors } = await site.open(path);
		// The newest shows at once; older ones are folded behind one line, which a reader opens.
		const folded = page.locator('.correction-notice details');
		await expect(folded.count()).resolves.toBe(expected.length > 1 ? 1 : 0);
		if (expected.length > 1) {
			await expect(folded.locator('[data-correction]').first().isVisible()).resolves.toBe(false);
			await folded.locator('summary').click();
		}
		for (const correction of expected) {
			const notice = page.locator(`.correction-notice [data-correction="${correction.id}"]`);
			await expect(notice.isVisible(), correction.id).resolves.toBe(true);
			await expect(notice.textContent()).resolves.toContain(correction.data.summary[lang]);
			const iso = new Date(correction.data.date).toISOString().slice(0, 10);
			await expect(notice.locator('time').getAttribute('datetime')).resolves.toBe(iso);
			await expect(notice.locator('a').getAttribute('href')).resolves.toBe(`${logPath[lang]}#${correction.id}`);
		}
		// The notice sits under the page title, before the content.
		const order = await page.evaluate(() => {
			const title = document.querySelector('h1');
			const box = document.querySelector('.correction-notice');
			const content = document.querySelector('.sl-markdown-content');
			return Boolean(title && box && content && title.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING && box.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(order).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a page no correction names shows no notice', async () => {
		const corrected = new Set(corrections.flatMap((correction) => correction.data.pages));
		const html = readFileSync(join(siteDist, 'koreksi/index.html'), 'utf8');
		expect(corrected.has('koreksi')).toBe(false);
		expect(html).not.toContain('class="correction-notice');
	});

	test('the RSS feed carries every correction among its items, linking to its entry in the log', () => {
		const feed = readFileSync(join(siteDist, 'rss.xml'), 'utf8');
		const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/gu)].map((match) => match[1]!);
		const newest = [...corrections].sort((a, b) => new Date(b.data.date).getTime() - new Date(a.data.date).getTime()).slice(0, items.length);
		for (const correction of newest) {
			const item = items.find((text) => text.includes(`/koreksi/#${correction.id}</link>`));
			expect(item, correction.id).toBeDefined();
			expect(item).toContain(correction.data.summary.id.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));
		}
	});
});
