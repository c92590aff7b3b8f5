import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleBlocks, type ArticleBlock } from '../../tooling/importer/article-blocks.ts';
import { articleFrontmatter } from '../../tooling/importer/render-mdx.ts';
import { readRecords } from '../../tooling/importer/yaml-records.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';

// Whatever imported articles content/ holds, read with the project's own readers (the frontmatter as YAML, the body
// blocks as the translation check reads them, outlets through their schema), so tests walk today's articles and a
// new one alike.

/** One Indonesian article page as content/docs/artikel/ holds it. */
export interface ContentArticle {
	slug: string;
	/** URL path of the Indonesian page, `/artikel/<slug>/`. */
	path: string;
	title: string;
	outlet: { id: string; name: string; rawName?: string | undefined };
	/** ISO day. */
	published: string;
	dateKind: 'published' | 'event';
	sourceUrl: string;
	platform: string;
	editorNote?: string | undefined;
	/** Ids of the people the article names (content/people/). */
	people: string[];
	blocks: ArticleBlock[];
}

interface ArticleFrontmatter {
	outlet: string;
	published: string | Date;
	dateKind?: 'published' | 'event';
	sourceUrl: string;
	translation: { platform: string };
	editorNote?: string;
	people?: string[];
}

const isoDay = (date: string | Date) => (date instanceof Date ? date.toISOString().slice(0, 10) : date);

/** Every imported article, in file-name order. */
export function contentArticles(root = '.'): ContentArticle[] {
	const outlets = new Map(readRecords(join(root, 'content/outlets'), outletSchema).records);
	const dir = join(root, 'content/docs/artikel');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
		.sort()
		.map((name) => {
			const mdx = readFileSync(join(dir, name), 'utf8');
			const frontmatter = articleFrontmatter(mdx) as { title: string; article: ArticleFrontmatter };
			const { article } = frontmatter;
			const outlet = outlets.get(article.outlet);
			if (!outlet) throw new Error(`${name}: outlet ${article.outlet} is not in content/outlets`);
			const slug = name.slice(0, -'.mdx'.length);
			return {
				slug,
				path: `/artikel/${slug}/`,
				title: frontmatter.title,
				outlet: { id: article.outlet, name: outlet.name, rawName: outlet.rawName },
				published: isoDay(article.published),
				dateKind: article.dateKind ?? 'published',
				sourceUrl: article.sourceUrl,
				platform: article.translation.platform,
				editorNote: article.editorNote,
				people: article.people ?? [],
				blocks: articleBlocks(mdx),
			};
		});
}

/** The texts of one kind of block, in order. */
export const blockTexts = (article: ContentArticle, kind: ArticleBlock['kind']) => article.blocks.filter((block) => block.kind === kind).map((block) => block.text);

/**
 * An interface string of the site (content/i18n/<locale>.json), with its `{{placeholders}}` filled in.
 * @example uiString('id', 'article.original') // → 'Baca artikel asli'
 */
export function uiString(locale: 'id' | 'en', key: string, values: Record<string, string> = {}): string {
	const strings = JSON.parse(readFileSync(join('content/i18n', `${locale}.json`), 'utf8')) as Record<string, string>;
	const text = strings[key];
	if (text === undefined) throw new Error(`no interface string ${key} in content/i18n/${locale}.json`);
	return text.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => values[name] ?? '');
}
