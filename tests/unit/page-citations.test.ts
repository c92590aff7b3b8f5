import { afterEach, describe, expect, test, vi, type Mock } from 'vitest';

vi.mock('astro:content', async () =>
	(await import('../support/astro-content-mock.ts')).mockedAstroContent({
		docs: [
			{ id: 'zebra', body: 'A <Cite src="artikel/abc#p-3" />. B <Cite src="unodc" />.', data: { title: 'Zebra', pageType: 'explainer' } },
			{ id: 'alpha', body: 'On <EventDate id="hanoi" />, <Cite src="unodc" />.', data: { title: 'Alpha', pageType: 'explainer' } },
			{ id: 'other', body: 'Only <Cite src="artikel/abc-def#p-1" />.', data: { title: 'Other', pageType: 'explainer' } },
			{ id: 'en/zebra', body: '<Cite src="artikel/abc#p-3" />', data: { title: 'Zebra (en)', pageType: 'explainer' } },
			{ id: 'cari', body: '<Cite src="artikel/abc#p-1" />', data: { title: 'Search', pageType: 'page' } },
			{ id: 'artikel/abc', body: '', data: { title: 'An article', pageType: 'article' } },
		],
		signatoryCounts: [
			{ id: 'final', data: { count: 72, qualifier: 'final', asOf: new Date('2025-10-26'), reported: new Date('2025-10-26'), citations: ['untc'] } },
		],
		timeline: [
			{ id: 'hanoi', data: { date: new Date('2025-10-25'), precision: 'day', citations: ['artikel/abc#p-2', 'untc'] } },
		],
	}),
);

afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe('pageCitationKeys', () => {
	test('lists a page’s sources in order of first use, data components expanded to the sources they render', async () => {
		const { pageCitationKeys } = await import('../../src/data/page-citations.ts');
		expect(await pageCitationKeys('zebra')).toEqual(['artikel/abc#p-3', 'unodc']);
		expect(await pageCitationKeys('alpha')).toEqual(['artikel/abc#p-2', 'untc', 'unodc']);
	});
	test('an unknown page is an error naming it', async () => {
		const { pageCitationKeys } = await import('../../src/data/page-citations.ts');
		await expect(pageCitationKeys('missing')).rejects.toThrow(/"missing"/);
	});
});

describe('explainersCiting', () => {
	test('finds the explainers of a locale that cite an article, directly or through a data component, by title', async () => {
		const { explainersCiting } = await import('../../src/data/page-citations.ts');
		expect((await explainersCiting('artikel/abc', 'id')).map((entry) => entry.id)).toEqual(['alpha', 'zebra']);
		expect((await explainersCiting('artikel/abc', 'en')).map((entry) => entry.id)).toEqual(['en/zebra']);
	});
	test('a paragraph of another article whose slug starts the same is not a citation of this one', async () => {
		const { explainersCiting } = await import('../../src/data/page-citations.ts');
		expect((await explainersCiting('artikel/abc-def', 'id')).map((entry) => entry.id)).toEqual(['other']);
		expect(await explainersCiting('artikel/nothing', 'id')).toEqual([]);
	});
	test('in a build, reads the explainers once, however many article pages ask', async () => {
		vi.stubEnv('DEV', false);
		vi.clearAllMocks();
		const content = await import('astro:content');
		const { explainersCiting, pageCitationKeys } = await import('../../src/data/page-citations.ts');
		for (const article of ['artikel/abc', 'artikel/abc-def', 'artikel/nothing', 'artikel/abc']) await explainersCiting(article, 'id');
		await pageCitationKeys('zebra');
		// The mocked module's spies (see tests/support/astro-content-mock.ts), not Astro's overloaded types.
		const reads = (spy: unknown) => (spy as Mock<(collection: string, id?: string) => unknown>).mock.calls;
		expect(reads(content.getCollection).filter(([collection]) => collection === 'docs')).toHaveLength(1);
		expect(reads(content.getCollection).filter(([collection]) => collection === 'timeline')).toHaveLength(1);
		expect(reads(content.getEntry).map(([, id]) => id).sort()).toEqual(['alpha', 'other', 'zebra']);
	});
});
