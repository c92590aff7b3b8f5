import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useBuiltSite } from '../support/site.ts';
import { builtExplainerPaths, builtHtml, siteDist } from '../support/site-dist.ts';

const site = useBuiltSite();

const dist = resolve(siteDist);
const html = builtHtml;
const explainerPaths = await builtExplainerPaths();

const readYamlDir = <T,>(dir: string) =>
	readdirSync(resolve('content', dir))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(resolve('content', dir, file), 'utf8')) as T }));

const referenceUrls = new Map(readYamlDir<{ url: string }>('references').map(({ id, data }) => [id, data.url]));
const counts = readYamlDir<{ count: number; citations: string[] }>('signatory-counts');
const events = readYamlDir<{ date: Date | string; precision?: 'day' | 'month' | 'year'; endDate?: Date | string; citations: string[] }>('timeline');
const states = readYamlDir<{ name: { en: string }; signature?: { citations: string[] } }>('states');

/**
 * Where the source list should link for a citation key: the reference's URL, or the article page's paragraph (on an
 * English page, the paragraph of the article's English translation when there is one: it has the same anchors).
 */
function expectedHref(key: string, path = '/'): string {
	const article = /^artikel\/([a-z0-9-]+)#(p-\d+)$/.exec(key);
	if (article) {
		const english = path.startsWith('/en/') && existsSync(resolve('content/docs/en/artikel', `${article[1]}.mdx`));
		return `${english ? '/en' : ''}/artikel/${article[1]}/#${article[2]}`;
	}
	const url = referenceUrls.get(key);
	if (!url) throw new Error(`unknown reference ${key}`);
	return url;
}

/** The source list of a page: each note's id, its link, and how many citation marks point to it. */
async function sourceNotes(page: Page) {
	return page.locator('.source-list li').evaluateAll((items) =>
		items.map((item) => ({
			id: item.id,
			href: item.querySelector('a')?.getAttribute('href') ?? '',
			marks: document.querySelectorAll(`sup.cite a[href="#${item.id}"]`).length,
		})),
	);
}

/** Paragraph-like blocks of prose: paragraphs, glossary definitions, timeline entries and the rows of every table. */
const proseBlocks = '.sl-markdown-content > p, .sl-markdown-content dd, .timeline__event, .sl-markdown-content table tbody tr';

describe('explainers: every page in the built site', () => {
	test('the built site has every explainer of content/docs, each in both languages', () => {
		const explainerFiles = (dir: string) =>
			readdirSync(resolve(dir)).filter((file) => file.endsWith('.mdx') && /^pageType: explainer$/m.test(readFileSync(resolve(dir, file), 'utf8'))).map((file) => file.slice(0, -'.mdx'.length));
		const indonesian = explainerFiles('content/docs');
		expect(indonesian.length).toBeGreaterThan(0);
		expect(explainerFiles('content/docs/en').sort()).toEqual([...indonesian].sort());
		expect(explainerPaths).toEqual([...indonesian.map((id) => `/${id}/`), ...indonesian.map((id) => `/en/${id}/`)].sort());
	});

	test.each(explainerPaths)('%s: every prose paragraph is cited, every mark and note match, every note resolves', async (path) => {
		const { page, errors } = await site.open(path);
		const uncited = await page
			.locator(proseBlocks)
			.evaluateAll((blocks) => blocks.filter((block) => !block.querySelector('sup.cite')).map((block) => (block as HTMLElement).innerText));
		expect(uncited).toEqual([]);

		const notes = await sourceNotes(page);
		expect(notes.length).toBeGreaterThan(0);
		// Notes are numbered 1..n, each used by at least one mark, and every mark leads to a note.
		expect(notes.map((note) => note.id)).toEqual(notes.map((_, index) => `sumber-${index + 1}`));
		expect(notes.filter((note) => note.marks === 0)).toEqual([]);
		const markTargets = await page.locator('sup.cite a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		for (const target of new Set(markTargets)) expect(notes.map((note) => `#${note.id}`)).toContain(target);

		for (const { href } of notes) {
			const article = /^\/((?:en\/)?artikel\/([a-z0-9-]+))\/#(p-\d+)$/.exec(href);
			if (article) {
				// The article page exists, in the page's language where it has a translation, and has the paragraph anchor.
				expect(href).toBe(expectedHref(`artikel/${article[2]}#${article[3]}`, path));
				expect(existsSync(join(dist, article[1]!, 'index.html')), href).toBe(true);
				expect(html(article[1]!), href).toContain(`id="${article[3]}"`);
			} else {
				expect([...referenceUrls.values()], href).toContain(href);
			}
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(explainerPaths.filter((path) => !path.startsWith('/en/')))('%s and its English twin cite the same sources', async (path) => {
		const hrefs = async (at: string) => {
			const { page } = await site.open(at);
			// The English twin links the same paragraphs, of the English translations.
			const list = (await sourceNotes(page)).map((note) => note.href.replace(/^\/en\/artikel\//u, '/artikel/'));
			await page.close();
			return new Set(list);
		};
		expect(await hrefs(`/en${path}`)).toEqual(await hrefs(path));
	});
});

describe('who signed: the counts', () => {
	test.each(['/penandatangan/', '/en/penandatangan/'])('%s: the table shows every reported figure with its own sources', async (path) => {
		const { page } = await site.open(path);
		const rows = await page.locator('.count-table tbody tr').evaluateAll((rows) =>
			rows.map((row) => ({
				report: row.getAttribute('data-report'),
				count: (row.querySelector('.count-table__count') as HTMLElement).innerText.trim(),
				sources: [...row.querySelectorAll('sup.cite a')].map(
					(mark) => document.querySelector(`${mark.getAttribute('href')} a`)?.getAttribute('href') ?? '',
				),
			})),
		);
		expect(rows.map((row) => row.report).sort()).toEqual(counts.map((report) => report.id).sort());
		for (const { id, data } of counts) {
			const row = rows.find((candidate) => candidate.report === id)!;
			expect(row.count).toBe(String(data.count));
			expect(row.sources).toEqual(data.citations.map((key) => expectedHref(key, path)));
		}
		await page.close();
	});

	test.each(['/penandatangan/', '/en/penandatangan/'])('%s: the chart is inline SVG with one bar per reported figure, scaled to it', async (path) => {
		const { page } = await site.open(path);
		const svg = page.locator('.count-chart svg');
		await expect(svg.count()).resolves.toBe(1);
		await expect(svg.getAttribute('role')).resolves.toBe('img');
		const { title, desc, labelledBy } = await svg.evaluate((element) => ({
			title: element.querySelector('title')?.textContent ?? '',
			desc: element.querySelector('desc')?.textContent ?? '',
			labelledBy: (element.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.tagName),
		}));
		expect(title.length).toBeGreaterThan(10);
		expect(labelledBy).toEqual(['title', 'desc']);
		const bars = await page.locator('.count-chart__row').evaluateAll((rows) =>
			rows.map((row) => ({
				count: Number(row.getAttribute('data-count')),
				width: Number(row.querySelector('rect')!.getAttribute('width')),
				value: row.querySelector('.count-chart__value')?.textContent?.trim(),
				rendered: row.querySelector('rect')!.getBoundingClientRect().width,
			})),
		);
		expect(bars.map((bar) => bar.count).sort()).toEqual(counts.map((report) => report.data.count).sort());
		for (const bar of bars) {
			expect(bar.value).toBe(String(bar.count));
			expect(bar.rendered).toBeGreaterThan(0);
			// Same scale for every bar: width is proportional to the figure.
			expect(bar.width / bar.count).toBeCloseTo(bars[0]!.width / bars[0]!.count, 6);
			expect(desc).toContain(String(bar.count));
		}
		await page.close();
	});

	test('the named-signatory table lists each state record with a signature once, each row cited', async () => {
		const { page } = await site.open('/en/penandatangan/');
		const rows = await page.locator('.signatory-table tbody tr').evaluateAll((rows) =>
			rows.map((row) => ({ id: row.getAttribute('data-state'), marks: row.querySelectorAll('sup.cite').length })),
		);
		const signed = states.filter(({ data }) => data.signature);
		expect(rows.map((row) => row.id).sort()).toEqual(signed.map(({ id }) => id).sort());
		for (const row of rows) expect(row.marks).toBe(signed.find(({ id }) => id === row.id)!.data.signature!.citations.length);
		expect(await page.locator('.signatory-table caption').innerText()).toMatch(/not a complete list/);
		await page.close();
	});
});

describe('timeline', () => {
	test.each(['/linimasa/', '/en/linimasa/'])('%s: one dated, cited entry per event in content/timeline, oldest first', async (path) => {
		const { page } = await site.open(path);
		const entries = await page.locator('.timeline__event').evaluateAll((items) =>
			items.map((item) => ({
				id: item.id,
				datetime: item.querySelector('time')?.getAttribute('datetime') ?? '',
				date: (item.querySelector('time') as HTMLElement | null)?.innerText ?? '',
				marks: item.querySelectorAll('sup.cite').length,
			})),
		);
		expect(entries.map((entry) => entry.id).sort()).toEqual(events.map((event) => event.id).sort());
		const datetimes = entries.map((entry) => entry.datetime);
		expect(datetimes).toEqual([...datetimes].sort());
		for (const entry of entries) {
			const event = events.find((candidate) => candidate.id === entry.id)!;
			expect(entry.marks).toBe(event.data.citations.length);
			expect(entry.date).toMatch(/\d{4}$/);
		}
		await page.close();
	});

	// Every <EventDate> of every explainer, in each language, with a day date: shown as the reader's language writes
	// that day (formatted here with Intl directly, not with the site's own formatter), then the event's citation marks.
	const eventDates = explainerPaths.flatMap((path) => {
		const file = resolve('content/docs', `${path.replace(/^\/|\/$/gu, '')}.mdx`);
		const ids = [...readFileSync(file, 'utf8').matchAll(/<EventDate id="([^"]+)" \/>/gu)].map((match) => match[1]!);
		return [...new Set(ids)].map((id) => [path, id, events.find((event) => event.id === id)!] as const).filter(([, , event]) => (event.data.precision ?? 'day') === 'day' && !event.data.endDate);
	});

	test.each(eventDates)('%s shows the date of %s in the reader’s language, cited with the event’s sources', async (path, _, event) => {
		const locale = path.startsWith('/en/') ? 'en-GB' : 'id-ID';
		const day = new Date(event.data.date);
		const written = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
		const { page } = await site.open(path);
		const dates = page.locator(`.sl-markdown-content :is(p, dd, li) > time[datetime="${day.toISOString().slice(0, 10)}"]`);
		expect(await dates.count()).toBeGreaterThan(0);
		for (const date of await dates.all()) {
			await expect(date.innerText()).resolves.toBe(written);
			// The marks right after the date, up to the first text (a later mark belongs to the rest of the sentence).
			const following = await date.evaluate((time) => {
				const marks: string[] = [];
				for (let node = time.nextSibling; node instanceof Element && node.matches('sup.cite'); node = node.nextSibling) {
					marks.push(document.querySelector(`${node.querySelector('a')!.getAttribute('href')} a`)!.getAttribute('href')!);
				}
				return marks;
			});
			expect(following).toEqual(event.data.citations.map((key) => expectedHref(key, path)));
		}
		await page.close();
	});
});

describe('articles link back to the explainers that cite them', () => {
	const articles = readdirSync(resolve('content/docs/artikel')).filter((file) => file.endsWith('.mdx') && file !== 'index.mdx').map((file) => file.slice(0, -'.mdx'.length));
	/** The Indonesian explainers whose built page links a paragraph of the article: its notes, data-backed ones included. */
	const citing = (article: string) => explainerPaths.filter((path) => !path.startsWith('/en/') && html(path).includes(`href="/artikel/${article}/#p-`));

	test.each(articles)('/artikel/%s/ lists exactly the Indonesian explainers whose notes cite it, and each link opens its explainer', async (article) => {
		const { page } = await site.open(`/artikel/${article}/`);
		const listed = await page.locator('.explainer-backlinks a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect([...listed].sort()).toEqual(citing(article).sort());
		const first = listed[0];
		if (first) {
			await page.locator(`.explainer-backlinks a[href="${first}"]`).click();
			await page.waitForURL((url) => url.pathname === first);
		}
		await page.close();
	});
});
