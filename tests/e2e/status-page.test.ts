import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { reportedHanoiTotal } from '../../src/utils/signatories.ts';
import { stateStatus, statuses, trackerFigures, type StateRecord } from '../../src/utils/states.ts';
import { useBuiltSite } from '../support/site.ts';

const site = useBuiltSite();

const readYamlDir = <T,>(dir: string) =>
	readdirSync(resolve('content', dir))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({ id: file.replace(/\.yaml$/u, ''), data: parseYaml(readFileSync(resolve('content', dir, file), 'utf8')) as T }));

/** The records as the content folder holds them: whatever states exist, never a fixed list. */
const records = readYamlDir<StateRecord>('states');
const figures = trackerFigures(
	records.map((record) => record.data),
	reportedHanoiTotal(readYamlDir<{ count: number; qualifier: 'expected' | 'first-day' | 'final' }>('signatory-counts').map((report) => report.data)),
);
const pages = [
	{ path: '/status/', locale: 'id' as const },
	{ path: '/en/status/', locale: 'en' as const },
];

/** The table's rows as a reader sees them: id, status, shown or hidden, and the text of one column. */
const tableRows = (page: Page, column = 0) =>
	page.locator('[data-status-table] tbody tr').evaluateAll(
		(rows, index) =>
			rows.map((row) => ({
				id: row.getAttribute('data-state') ?? '',
				status: row.getAttribute('data-status') ?? '',
				visible: (row as HTMLElement).offsetParent !== null,
				sortKey: ((row as HTMLTableRowElement).cells[index] as HTMLElement).dataset.sort ?? '',
				name: (row.querySelector('th') as HTMLElement).innerText,
			})),
		column,
	);

describe.each(pages)('status page $path', ({ path, locale }) => {
	test('the headline figures and the legend equal what the records give', async () => {
		const { page, errors } = await site.open(path);
		const figure = async (key: string) => Number(await page.locator(`[data-figure="${key}"] .status-figures__value`).innerText());
		expect(await figure('signatories')).toBe(figures.signatories);
		expect(await figure('ratifications')).toBe(figures.ratifications);
		expect(await figure('needed')).toBe(40);
		for (const key of ['reportedHanoi', 'namedHanoi', 'unnamedHanoi', 'newYork'] as const) {
			for (const text of await page.locator(`.sl-markdown-content span[data-figure="${key}"]`).allInnerTexts()) expect(Number(text)).toBe(figures[key]);
		}
		expect(figures.unnamedHanoi).toBe(figures.reportedHanoi - figures.namedHanoi);
		for (const status of statuses) {
			const legend = await page.locator(`.status-legend li[data-status="${status}"]`).innerText();
			expect(legend).toContain(`(${records.filter((record) => stateStatus(record.data) === status).length})`);
		}
		expect(await page.locator('.status-figures__as-of time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('every record on the map is drawn with its status’s fill and named; other countries are hidden from assistive technology', async () => {
		const { page } = await site.open(path);
		const shapes = await page.locator('.status-map__svg--world .status-map__country').evaluateAll((elements) =>
			elements.map((element) => ({
				m49: element.getAttribute('data-m49') ?? '',
				status: element.getAttribute('data-status') ?? '',
				label: element.getAttribute('aria-label'),
				hidden: element.getAttribute('aria-hidden'),
				fill: getComputedStyle(element).fill,
			})),
		);
		const withCode = records.filter((record) => record.data.m49);
		expect(withCode.length).toBeGreaterThan(0);
		for (const { data } of withCode) {
			const drawn = shapes.filter((shape) => shape.m49 === data.m49);
			expect(drawn.length, data.name.en).toBeGreaterThan(0);
			for (const shape of drawn) {
				expect(shape.status).toBe(stateStatus(data));
				expect(shape.fill).toContain(`status-fill-${stateStatus(data)}`);
				expect(shape.label).toContain(data.name[locale]);
			}
		}
		const codes = new Set(withCode.map((record) => record.data.m49));
		for (const shape of shapes.filter((candidate) => !codes.has(candidate.m49))) {
			expect(shape.status).toBe('none');
			expect(shape.hidden).toBe('true');
		}
		await page.close();
	});

	test('the table has one row per record, with its status, and the CSV holds the same rows', async () => {
		const { page } = await site.open(path);
		const rows = await tableRows(page);
		expect(rows.map((row) => row.id).sort()).toEqual(records.map((record) => record.id).sort());
		for (const row of rows) expect(row.status).toBe(stateStatus(records.find((record) => record.id === row.id)!.data));
		const csv = await page.evaluate(async () => (await fetch('/data/states.csv')).text());
		const [header, ...lines] = csv.replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
		const columns = header!.split(',');
		const cells = lines.map((line) => Object.fromEntries(line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/gu)!.slice(0, columns.length).map((cell, index) => [columns[index], cell.replace(/,$/u, '').replace(/^"|"$/gu, '').replace(/""/gu, '"')])));
		expect(cells.map((cell) => cell.id).sort()).toEqual(rows.map((row) => row.id).sort());
		for (const row of rows) {
			const cell = cells.find((candidate) => candidate.id === row.id)!;
			expect(cell.status).toBe(row.status);
			expect(row.name).toContain(cell[locale === 'id' ? 'name_id' : 'name_en']);
		}
		const json = await page.evaluate(async () => (await fetch('/data/states.json')).json());
		expect(json.map((entry: { id: string }) => entry.id).sort()).toEqual(rows.map((row) => row.id).sort());
		await page.close();
	});
});

describe('status table: filtering and sorting by keyboard', () => {
	test('without JavaScript the full table shows and the filter form stays hidden', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url('/en/status/'));
		const rows = await tableRows(page);
		expect(rows).toHaveLength(records.length);
		expect(rows.every((row) => row.visible)).toBe(true);
		expect(await page.locator('[data-filters]').isVisible()).toBe(false);
		await context.close();
	});

	test('typing a name in either language, and choosing a status, leaves only the matching rows', async () => {
		const { page } = await site.open('/status/');
		const input = page.getByLabel('Cari nama (Indonesia atau Inggris)');
		await input.waitFor();
		// An English name on the Indonesian page still finds its row.
		const target = records.find((record) => record.data.name.en !== record.data.name.id) ?? records[0]!;
		await input.focus();
		await page.keyboard.type(target.data.name.en);
		await expect.poll(async () => (await tableRows(page)).filter((row) => row.visible).map((row) => row.id)).toContain(target.id);
		const visible = (await tableRows(page)).filter((row) => row.visible);
		for (const row of visible) {
			const { name } = records.find((record) => record.id === row.id)!.data;
			expect(`${name.id} ${name.en}`.toLowerCase()).toContain(target.data.name.en.toLowerCase());
		}
		expect(await page.locator('[data-shown]').innerText()).toContain(String(visible.length));

		await input.fill('');
		// The select's accessible name also holds its chosen option ("Status Semua"), so it is found by its field name.
		const status = page.locator('[data-filters] select[name="status"]');
		await status.focus();
		await page.keyboard.press('ArrowDown');
		const chosen = await status.inputValue();
		expect(statuses).toContain(chosen);
		await expect.poll(async () => (await tableRows(page)).filter((row) => row.visible).every((row) => row.status === chosen)).toBe(true);
		const shown = (await tableRows(page)).filter((row) => row.visible);
		expect(shown).toHaveLength(records.filter((record) => stateStatus(record.data) === chosen).length);
		await page.close();
	});

	test('a column heading sorts ascending, then descending, by keyboard', async () => {
		const { page } = await site.open('/en/status/');
		const button = page.getByRole('button', { name: 'Signature' });
		await button.focus();
		await page.keyboard.press('Enter');
		const heading = page.locator('[data-status-table] thead th').nth(3);
		await expect.poll(() => heading.getAttribute('aria-sort')).toBe('ascending');
		const keys = (await tableRows(page, 3)).map((row) => row.sortKey).filter(Boolean);
		expect(keys).toEqual([...keys].sort());
		await page.keyboard.press('Enter');
		await expect.poll(() => heading.getAttribute('aria-sort')).toBe('descending');
		const reversed = (await tableRows(page, 3)).map((row) => row.sortKey).filter(Boolean);
		expect(reversed).toEqual([...reversed].sort().reverse());
		await page.close();
	});
});
