/**
 * What the routes' cache keys are made from, read from (mocked) content: an edit to anything a person page or the
 * site's frame shows changes the key, and an edit to something they do not show leaves it, so a rebuild still reuses
 * the page. The dev-mode reads (vitest runs with DEV) see each edit, as a new build would.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { MockEntry } from '../support/astro-content-mock.ts';

const content = vi.hoisted(() => ({ collections: {} as Record<string, MockEntry[]> }));

vi.mock('astro:content', async () => {
	const { mockedAstroContent } = await import('../support/astro-content-mock.ts');
	// A proxy, so each test's `content.collections` is what the mocked reads see.
	return mockedAstroContent(new Proxy({}, { get: (_target, name: string) => content.collections[name] }));
});

const article = (id: string, title: string, published: string, people: string[]): MockEntry => ({
	id,
	data: { title, pageType: 'article', article: { published: new Date(published), outlet: { collection: 'outlets', id: 'tin-tuc' }, people: people.map((person) => ({ collection: 'people', id: person })) } },
});

beforeEach(() => {
	content.collections = {
		people: [
			{
				id: 'le-xuan-minh',
				data: {
					name: 'Le Xuan Minh',
					nativeName: 'Lê Xuân Minh',
					aliases: [],
					roles: [
						{ title: { id: 'Direktur', en: 'Director' }, organisation: { collection: 'organisations', id: 'bo-cong-an' }, source: 'artikel/a#p-2' },
						{ title: { id: 'Wakil', en: 'Deputy' }, from: new Date('2024-01-01'), source: 'https://example.org/' },
					],
				},
			},
		],
		organisations: [{ id: 'bo-cong-an', data: { name: { id: 'Kementerian Keamanan Publik', en: 'Ministry of Public Security' } } }],
		docs: [
			article('artikel/a', 'Artikel A', '2025-10-08', ['le-xuan-minh']),
			article('artikel/b', 'Artikel B', '2025-10-09', []),
			{ id: 'en/artikel/a', data: { title: 'Article A', translationOf: { article: 'artikel/a', kind: 'full' } } },
			{ id: 'cari', data: { title: 'Cari', sidebar: {} } },
			{ id: 'en/cari', data: { title: 'Search', sidebar: {} } },
		],
		quotes: [],
		i18n: [{ id: 'en', data: { 'person.source': 'source' } }],
	};
});

async function personKey(locale: 'id' | 'en' = 'en'): Promise<string> {
	const { personPageView } = await import('../../src/data/person-page.ts');
	const { cacheKey } = await import('../../src/utils/page-cache-key.ts');
	const { getEntry } = await import('astro:content');
	return cacheKey(await personPageView((await getEntry('people', 'le-xuan-minh'))!, locale));
}

async function siteKey(): Promise<string> {
	const { siteFrame } = await import('../../src/data/site-frame.ts');
	const { cacheKey } = await import('../../src/utils/page-cache-key.ts');
	return cacheKey(await siteFrame());
}

const entry = (collection: string, id: string) => content.collections[collection]!.find((item) => item.id === id)!;

describe("a person page's key", () => {
	test.each([
		['their name', () => (entry('people', 'le-xuan-minh').data.name = 'Le Xuan Minh Jr')],
		['a role title', () => ((entry('people', 'le-xuan-minh').data.roles as Array<{ title: { en: string } }>)[0]!.title.en = 'Head')],
		["a role's organisation's name", () => ((entry('organisations', 'bo-cong-an').data.name as { en: string }).en = 'Ministry')],
		["the date of the article stating a role", () => ((entry('docs', 'artikel/a').data.article as { published: Date }).published = new Date('2025-10-10'))],
		["the title of an article naming them, in the page's language", () => (entry('docs', 'en/artikel/a').data.title = 'Article A, revised')],
		['a new article naming them', () => content.collections.docs!.push(article('artikel/c', 'Artikel C', '2025-10-11', ['le-xuan-minh']))],
	])('changes with %s', async (_what, edit) => {
		const before = await personKey();
		edit();
		expect(await personKey()).not.toBe(before);
	});

	test('stays when an article that does not name them is added or edited', async () => {
		const before = await personKey();
		entry('docs', 'artikel/b').data.title = 'Artikel B, revised';
		content.collections.docs!.push(article('artikel/d', 'Artikel D', '2025-10-12', []));
		expect(await personKey()).toBe(before);
	});
});

describe("the site frame's key (interface strings, the sidebar's pages, the search bundles)", () => {
	test.each([
		['an interface string', () => (entry('i18n', 'en').data['person.source'] = 'the source')],
		["a sidebar page's title", () => (entry('docs', 'en/cari').data.title = 'Find')],
		["a sidebar page's sidebar label", () => (entry('docs', 'cari').data.sidebar = { label: 'Telusuri' })],
	])('changes with %s', async (_what, edit) => {
		const before = await siteKey();
		edit();
		expect(await siteKey()).not.toBe(before);
	});

	test('stays when an article is added or edited, so a new article does not render every quote page again', async () => {
		const before = await siteKey();
		entry('docs', 'artikel/a').data.title = 'Artikel A, revised';
		content.collections.docs!.push(article('artikel/e', 'Artikel E', '2025-10-13', []));
		expect(await siteKey()).toBe(before);
	});

	test("changes when the articles outgrow the site's search bundle, since every header then searches the archive too", async () => {
		vi.stubEnv('SEARCH_RECENT_ARTICLES', '2');
		try {
			const before = await siteKey();
			content.collections.docs!.push(article('artikel/e', 'Artikel E', '2025-10-13', []));
			expect(await siteKey()).not.toBe(before);
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
