import { describe, expect, test } from 'vitest';
import { jsonLdText, structuredData, type PageFacts } from '../../src/utils/structured-data.ts';

const site = { name: 'Konvensi Hanoi', url: 'https://example.org/' };
const page: PageFacts = { title: 'Apa itu Konvensi Hanoi?', url: 'https://example.org/konvensi/', locale: 'id', site, isHome: false };
const article: NonNullable<PageFacts['article']> = {
	published: new Date('2025-10-08T00:00:00Z'),
	dateKind: 'published',
	sourceUrl: 'https://baotintuc.vn/x.htm',
	originalLang: 'vi',
	outlet: { name: 'Báo Tin Tức', url: 'https://baotintuc.vn/' },
};

describe('structuredData', () => {
	test('a source article is a NewsArticle translated from the outlet’s original', () => {
		const data = structuredData({ ...page, title: 'Meningkatkan kewaspadaan', article });
		expect(data).toMatchObject({
			'@type': 'NewsArticle',
			headline: 'Meningkatkan kewaspadaan',
			datePublished: '2025-10-08',
			inLanguage: 'id',
			publisher: { '@type': 'Organization', name: 'Báo Tin Tức' },
			translationOfWork: { url: 'https://baotintuc.vn/x.htm', inLanguage: 'vi' },
		});
	});
	test('the site’s English translation is in English, translated from the Indonesian page, itself from the Vietnamese', () => {
		const data = structuredData({ ...page, locale: 'en', article: { ...article, translatedFrom: 'https://example.org/artikel/x/' } });
		expect(data).toMatchObject({
			inLanguage: 'en',
			isBasedOn: 'https://example.org/artikel/x/',
			translator: { name: site.name },
			translationOfWork: { url: 'https://example.org/artikel/x/', inLanguage: 'id', translationOfWork: { url: article.sourceUrl, inLanguage: 'vi' } },
		});
	});
	test('an event date never becomes datePublished; a named author is a Person', () => {
		const data = structuredData({ ...page, article: { ...article, dateKind: 'event', author: 'Lan Anh' } });
		expect(data).not.toHaveProperty('datePublished');
		expect(data.author).toEqual({ '@type': 'Person', name: 'Lan Anh' });
	});
	test('home pages describe the WebSite, other pages a WebPage of it', () => {
		expect(structuredData({ ...page, isHome: true })['@type']).toBe('WebSite');
		expect(structuredData(page)).toMatchObject({ '@type': 'WebPage', name: 'Apa itu Konvensi Hanoi?', isPartOf: { url: site.url } });
	});
	test('the JSON cannot close its script element', () => {
		expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
		expect(JSON.parse(jsonLdText({ name: '</script>' }))).toEqual({ name: '</script>' });
	});
});
