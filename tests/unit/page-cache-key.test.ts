import { describe, expect, test } from 'vitest';
import { cacheKey, stableJson, starlightPageKey, type PageFrame, type SiteFrame } from '../../src/utils/page-cache-key.ts';
import { sidebarSlugs } from '../../src/utils/sidebar.ts';
import type { QuoteView } from '../../src/data/quotes.ts';

/** A quote page's data as the route passes it, with every optional part present so each can be edited. */
const quote: QuoteView = {
	id: 'le-xuan-minh-2025-10-08-a',
	kind: 'direct',
	text: 'Kejahatan siber tidak mengenal batas.',
	textEn: 'Cybercrime knows no borders.',
	speaker: { id: 'le-xuan-minh', name: 'Le Xuan Minh', nativeName: 'Lê Xuân Minh' },
	role: { id: 'Direktur', en: 'Director' },
	printedTitle: 'Mayor Jenderal',
	factChecks: [{ id: 'rank', note: { id: 'Catatan', en: 'Note' }, sources: [{ key: 'vir', href: 'https://vir.com.vn/a', title: 'VIR' }] }],
	organisation: { id: 'bo-cong-an', name: { id: 'Kementerian Keamanan Publik', en: 'Ministry of Public Security' } },
	outlet: { id: 'tin-tuc', name: 'Báo Tin Tức' },
	date: new Date('2025-10-08T00:00:00Z'),
	article: { id: 'artikel/a', title: 'Judul', sourceUrl: 'https://baotintuc.vn/a.htm', translatedBy: 'Vietnam.vn' },
	paragraph: 'p-9',
	tags: ['ratifikasi'],
};
const site: SiteFrame = {
	strings: [{ id: 'id', data: { 'quotes.original': 'Artikel asli' } }, { id: 'en', data: { 'quotes.original': 'Original article' } }],
	sidebarPages: [{ id: 'cari', title: 'Cari', sidebar: { order: 1 } }],
	searchArchive: false,
};
const page: PageFrame = {
	lastChanged: new Date('2026-11-30T10:00:00Z'),
	shareCard: 'index',
	corrections: [{ id: 'c1', data: { date: new Date('2026-11-01T00:00:00Z'), pages: ['kutipan/x'], summary: { id: 'Diperbaiki', en: 'Fixed' } } }],
};

/** Every leaf of a JSON-like value, as the path to it. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
	if (value instanceof Date || value === null || typeof value !== 'object') return [path];
	return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** A deep copy of `value` with the leaf at `path` changed (a string gets a letter more, a date a day later…). */
function edited<T>(value: T, path: Array<string | number>): T {
	const copy = structuredClone(value);
	let parent = copy as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const last = path.at(-1)!;
	const leaf = parent[last];
	parent[last] =
		leaf instanceof Date ? new Date(leaf.getTime() + 86_400_000) : typeof leaf === 'string' ? `${leaf}x` : typeof leaf === 'number' ? leaf + 1 : typeof leaf === 'boolean' ? !leaf : 'set';
	return copy;
}

describe('starlightPageKey: the cache key of a quote or person page', () => {
	const facts = { shown: quote, site, page };

	test('is the same for the same data, whatever order its fields were built in', async () => {
		const reordered = { page: { ...page }, site: { searchArchive: site.searchArchive, sidebarPages: site.sidebarPages, strings: site.strings }, shown: Object.fromEntries(Object.entries(quote).reverse()) };
		expect(await starlightPageKey(reordered)).toBe(await starlightPageKey(facts));
	});

	test.each(leafPaths(facts).map((path) => [path.join('.'), path] as const))('changes when %s changes', async (_name, path) => {
		expect(await starlightPageKey(edited(facts, path))).not.toBe(await starlightPageKey(facts));
	});

	test('changes when a date appears or goes (a first commit, a new correction), or a list gains an item', async () => {
		const base = await starlightPageKey(facts);
		expect(await starlightPageKey({ ...facts, page: { ...page, lastChanged: undefined } })).not.toBe(base);
		expect(await starlightPageKey({ ...facts, page: { ...page, corrections: [...page.corrections, page.corrections[0]] } })).not.toBe(base);
		expect(await starlightPageKey({ ...facts, shown: { ...quote, tags: [...quote.tags, 'baru'] } })).not.toBe(base);
	});
});

describe('cacheKey and stableJson', () => {
	test('a key is a SHA-256 in hex', async () => {
		expect(await cacheKey('a')).toMatch(/^[0-9a-f]{64}$/u);
	});

	test('throw on values JSON would drop, so no key leaves data out', () => {
		expect(() => stableJson({ people: new Map([['a', 1]]) })).toThrow(/people is a Map/u);
		expect(() => stableJson({ tags: new Set(['a']) })).toThrow(/tags is a Set/u);
		expect(() => stableJson({ render: () => 'x' })).toThrow(/render is a function/u);
	});

	test('write dates as their instant and sort keys at every depth', () => {
		expect(stableJson({ b: { d: 1, c: 2 }, a: new Date(0) })).toBe('{"a":"1970-01-01T00:00:00.000Z","b":{"c":2,"d":1}}');
	});
});

describe('sidebarSlugs', () => {
	test('lists every page a sidebar links to by slug, inside groups too, and no group labels', () => {
		expect(sidebarSlugs([{ slug: 'cari' }, { label: 'Kutipan', items: [{ slug: 'kutipan', label: 'Semua' }, { label: 'Tautan', link: 'https://x.id/' }] }, 'tokoh'])).toEqual([
			'cari',
			'kutipan',
			'tokoh',
		]);
	});
});
