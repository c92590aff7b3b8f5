import { getEntry } from 'astro:content';
import { outletOf } from './outlets.ts';
import { englishTranslation } from './article-source.ts';
import { hasAnchor, type ParsedCitation } from '../utils/citations.ts';
import { paragraphNumber } from '../utils/paragraph-anchor.ts';
import { pagePath, type Locale } from '../utils/urls.ts';

export type ResolvedCitation =
	| { kind: 'paragraph'; href: string; title: string; lang: Locale; outlet: string; published: Date; paragraph: number }
	| { kind: 'reference'; href: string; title: string; publisher: string; published: Date | undefined; lang: string };

/**
 * Looks a citation up in the collections; throws, naming the citing page, when it points nowhere. An English page's
 * citation of a paragraph links the article's English translation, whose paragraphs carry the same anchors.
 */
export async function resolveCitation(citation: ParsedCitation, citingPage: string): Promise<ResolvedCitation> {
	if (citation.kind === 'reference') {
		const reference = await getEntry('references', citation.id);
		if (!reference) throw new Error(`${citingPage}: cites unknown reference "${citation.id}" (content/references/)`);
		const { title, publisher, published, url, lang } = reference.data;
		return { kind: 'reference', href: url, title, publisher, published, lang };
	}
	const article = await getEntry('docs', citation.article);
	const meta = article?.data.article;
	if (!article || !meta) throw new Error(`${citingPage}: cites unknown article "${citation.article}"`);
	if (!hasAnchor(article.body ?? '', citation.anchor)) {
		throw new Error(`${citingPage}: cites ${citation.article}#${citation.anchor}, a paragraph that does not exist`);
	}
	const outlet = await outletOf(meta.outlet);
	const english = citingPage.startsWith('en/') ? await englishTranslation(citation.article) : undefined;
	return {
		kind: 'paragraph',
		href: `${pagePath(english?.id ?? citation.article, import.meta.env.BASE_URL)}#${citation.anchor}`,
		title: (english ?? article).data.title,
		lang: english ? 'en' : 'id',
		outlet: outlet.data.name,
		published: meta.published,
		paragraph: paragraphNumber(citation.anchor),
	};
}
