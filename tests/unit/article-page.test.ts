/**
 * What an article page's cache key is made from (src/data/article-page.ts), read from (mocked) content: an edit to
 * anything the page shows from outside its MDX changes the key, and an edit elsewhere leaves it, so a rebuild still
 * reuses the page. The dev-mode reads (vitest runs with DEV) see each edit, as a new build would.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { MockEntry } from '../support/astro-content-mock.ts';

const content = vi.hoisted(() => ({ collections: {} as Record<string, MockEntry[]> }));

vi.mock('astro:content', async () => {
	const { mockedAstroContent } = await import('../support/astro-content-mock.ts');
	// A proxy, so each test's `content.collections` is what the mocked reads see.
	return mockedAstroContent(new Proxy({}, { get: (_target, name: string) => content.collections[name] ?? [] }));
});

const paragraphs = "import ArticleParagraph from '~/components/ArticleParagraph.astro';\n\n<ArticleParagraph id=\"p-1\">Satu.</ArticleParagraph>\n";

const article = (id: string, published: string, body = paragraphs): MockEntry => ({
	id,
	body,
	data: {
		title: `Judul ${id}`,
		pageType: 'article',
		article: {
			published: new Date(published),
			outlet: { collection: 'outlets', id: 'tin-tuc' },
			sourceUrl: `https://baotintuc.vn/${id}.htm`,
			translation: { platform: 'Vietnam.vn' },
			people: [],
		},
	},
});

beforeEach(() => {
	content.collections = {
		docs: [
			article('artikel/a', '2025-10-08'),
			article('artikel/b', '2025-10-09'),
			{ id: 'en/artikel/a', body: paragraphs, data: { title: 'Article A', translationOf: { article: 'artikel/a', kind: 'full' } } },
			{ id: 'konvensi', body: 'Lihat <Cite src="artikel/a#p-1" />.', data: { title: 'Konvensi', pageType: 'explainer' } },
			{ id: 'en/konvensi', body: 'See <Cite src="artikel/a#p-1" />.', data: { title: 'The Convention', pageType: 'explainer' } },
			{ id: 'a05', body: 'Lihat <Cite src="artikel/b#p-1" />.', data: { title: 'A05', pageType: 'explainer' } },
		],
		outlets: [{ id: 'tin-tuc', data: { name: 'Báo Tin Tức', url: 'https://baotintuc.vn/' } }],
		references: [{ id: 'unodc', data: { title: 'UNODC', publisher: 'UNODC', url: 'https://www.unodc.org/', lang: 'en' } }],
		people: [{ id: 'le-xuan-minh', data: { name: 'Le Xuan Minh', roles: [] } }],
		factChecks: [],
		quotes: [],
		// The explainers' data components need a final signatory count to cite.
		signatoryCounts: [{ id: 'final', data: { count: 72, qualifier: 'final', asOf: new Date('2025-10-26'), reported: new Date('2025-10-26'), citations: ['unodc'] } }],
	};
});

/** The key of a page, from what it shows, as the route hashes it. */
async function pageKey(pageId: string, entryId = pageId): Promise<string | undefined> {
	const { articlePageShown } = await import('../../src/data/article-page.ts');
	const { cacheKey } = await import('../../src/utils/page-cache-key.ts');
	const { getEntry } = await import('astro:content');
	const shown = await articlePageShown(pageId, (await getEntry('docs', entryId))!, pageId.startsWith('en/') ? 'en' : 'id');
	return shown === undefined ? undefined : cacheKey(shown);
}

const entry = (collection: string, id: string) => content.collections[collection]!.find((item) => item.id === id)!;
const factCheck = (paragraph: string): MockEntry => ({
	id: 'rank',
	data: { paragraphs: [paragraph], note: { id: 'Pangkatnya keliru.', en: 'The rank is wrong.' }, citations: ['unodc'] },
});
const quote = (articleId: string): MockEntry => ({
	id: 'q1',
	data: {
		kind: 'direct',
		text: 'Satu.',
		speaker: { collection: 'people', id: 'le-xuan-minh' },
		article: { collection: 'docs', id: articleId },
		paragraph: 'p-1',
		factChecks: [],
		tags: [],
	},
});

describe("an article page's key", () => {
	test.each([
		['its outlet’s name', () => ((entry('outlets', 'tin-tuc').data.name as string) = 'Tin Tức')],
		['a fact-check note on one of its paragraphs', () => content.collections.factChecks!.push(factCheck('artikel/a#p-1'))],
		['a new explainer citing it', () => content.collections.docs!.push({ id: 'glosarium', body: '<Cite src="artikel/a#p-1" />', data: { title: 'Glosarium', pageType: 'explainer' } })],
		['the title of an explainer citing it', () => (entry('docs', 'konvensi').data.title = 'Isi Konvensi')],
		['a quote taken from it', () => content.collections.quotes!.push(quote('artikel/a'))],
		['its English page', () => ((entry('docs', 'en/artikel/a').data.translationOf as { kind: string }).kind = 'summary')],
		['its own frontmatter', () => ((entry('docs', 'artikel/a').data.article as { sourceUrl: string }).sourceUrl = 'https://baotintuc.vn/moved.htm')],
		['its text', () => (entry('docs', 'artikel/a').body = paragraphs.replace('Satu.', 'Dua.'))],
	])('changes with %s', async (_what, edit) => {
		const before = await pageKey('artikel/a');
		edit();
		expect(await pageKey('artikel/a')).not.toBe(before);
	});

	test('changes when the article moves into the search archive', async () => {
		vi.stubEnv('SEARCH_RECENT_ARTICLES', '2');
		try {
			const before = await pageKey('artikel/a');
			content.collections.docs!.push(article('artikel/c', '2025-10-10'));
			expect(await pageKey('artikel/a')).not.toBe(before);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	test("on the English page, changes with the Indonesian original's outlet and date", async () => {
		const before = await pageKey('en/artikel/a');
		(entry('docs', 'artikel/a').data.article as { published: Date }).published = new Date('2025-10-07');
		expect(await pageKey('en/artikel/a')).not.toBe(before);
	});

	test('differs between the Indonesian page and its untranslated copy under /en/', async () => {
		content.collections.docs = content.collections.docs!.filter((page) => page.id !== 'en/artikel/a');
		expect(await pageKey('en/artikel/a', 'artikel/a')).not.toBe(await pageKey('artikel/a'));
	});

	test('stays when another article, its quotes and fact-checks, or an explainer citing another article change', async () => {
		const before = await pageKey('artikel/a');
		entry('docs', 'artikel/b').data.title = 'Judul baru';
		entry('docs', 'a05').data.title = 'Unit A05';
		content.collections.factChecks!.push(factCheck('artikel/b#p-1'));
		content.collections.quotes!.push(quote('artikel/b'));
		content.collections.docs!.push(article('artikel/d', '2025-10-01'));
		expect(await pageKey('artikel/a')).toBe(before);
	});

	test('is missing for a page that is not an article, so it is always rendered', async () => {
		expect(await pageKey('konvensi')).toBeUndefined();
	});

	test('is missing for an article whose MDX imports a component the key does not cover', async () => {
		entry('docs', 'artikel/a').body = `import Timeline from '~/components/explainers/Timeline.astro';\n${paragraphs}<Timeline />\n`;
		expect(await pageKey('artikel/a')).toBeUndefined();
	});
});
