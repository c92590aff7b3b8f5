/**
 * Renders an imported article as an MDX page (frontmatter + body) and checks whether a page on disk is
 * still exactly what the importer wrote, via the `importHash` line.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { anchorBlocks, type Block, type Credit } from './raw-article.ts';
import { mdxAttribute, mdxText, yamlString } from './mdx-text.ts';

export interface ArticlePageData {
	title: string;
	description: string;
	outlet: string;
	/** ISO day, YYYY-MM-DD. */
	published: string;
	dateKind: 'published' | 'event';
	sourceUrl: string;
	translation: { platform: string; note?: string | undefined };
	people: string[];
	topics: string[];
	author?: string | undefined;
	credits: Credit[];
	editorNote?: string | undefined;
	raw: { file: string; sha256: string };
	blocks: Block[];
}

const hashLine = /^ {2}importHash: [0-9a-f]{64}\n/mu;
const maxDescription = 160;

/**
 * Hex SHA-256 of a string or bytes.
 * @example sha256('') // → 'e3b0c442…'
 */
export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * Hash of a page as generated: the whole text without its own `importHash` line.
 * @example pageHash(renderArticlePage(data)) === storedImportHash(renderArticlePage(data)) // → true
 */
export function pageHash(page: string): string {
	return sha256(page.replace(hashLine, ''));
}

/**
 * The `importHash` a page carries, or undefined.
 * @example storedImportHash('  importHash: ab…\n') // → 'ab…'
 */
export function storedImportHash(page: string): string | undefined {
	return /^ {2}importHash: ([0-9a-f]{64})$/mu.exec(page)?.[1];
}

/**
 * Whether a maintainer changed the page since the importer wrote it (or removed its hash).
 * @example isHandEdited(renderArticlePage(data)) // → false
 */
export function isHandEdited(page: string): boolean {
	return storedImportHash(page) !== pageHash(page);
}

/**
 * Short description: the lead's first sentence, cut at a word boundary to at most 160 characters.
 * @example describe('Satu kalimat. Dua.') // → 'Satu kalimat.'
 */
export function describe(lead: string): string {
	const sentence = /^.+?[.!?](?=\s|$)/u.exec(lead)?.[0] ?? lead;
	if (sentence.length <= maxDescription) return sentence;
	const cut = sentence.slice(0, maxDescription - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * The frontmatter of a page, parsed as YAML (so a hand edit that re-indents or reorders it still reads).
 * @example articleFrontmatter('---\ntitle: A\n---\nBody').title // → 'A'
 */
export function articleFrontmatter(page: string): Record<string, unknown> & { article?: { raw?: { file?: string }; published?: string } } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(page);
	return (match ? parseYaml(match[1]!) : null) ?? {};
}

/**
 * The page text, byte-identical for identical input, with its `importHash` filled in.
 * @example renderArticlePage(data).startsWith('---\ntitle: ') // → true
 */
export function renderArticlePage(data: ArticlePageData): string {
	const page = `${frontmatter(data)}\n${body(data)}`;
	return page.replace('  importHash: \n', `  importHash: ${sha256(page.replace('  importHash: \n', ''))}\n`);
}

function frontmatter(data: ArticlePageData): string {
	const list = (key: string, items: string[]) =>
		items.length ? [`  ${key}:`, ...items.map((item) => `    - ${item}`)] : [`  ${key}: []`];
	const optional = (key: string, value: string | undefined) => (value === undefined ? [] : [`  ${key}: ${yamlString(value)}`]);
	const lines = [
		'---',
		`title: ${yamlString(data.title)}`,
		`description: ${yamlString(data.description)}`,
		'pageType: article',
		'article:',
		`  outlet: ${data.outlet}`,
		`  published: ${data.published}`,
		`  dateKind: ${data.dateKind}`,
		`  sourceUrl: ${yamlString(data.sourceUrl)}`,
		'  lang: id',
		'  originalLang: vi',
		'  translation:',
		`    platform: ${yamlString(data.translation.platform)}`,
		...(data.translation.note === undefined ? [] : [`    note: ${yamlString(data.translation.note)}`]),
		...list('people', data.people),
		...list('topics', data.topics),
		...optional('author', data.author),
		...(data.credits.length
			? ['  credits:', ...data.credits.flatMap((c) => [`    - role: ${yamlString(c.role)}`, `      name: ${yamlString(c.name)}`])]
			: []),
		...optional('editorNote', data.editorNote),
		'  raw:',
		`    file: ${yamlString(data.raw.file)}`,
		`    sha256: ${data.raw.sha256}`,
		'  importHash: ',
		'---',
	];
	return `${lines.join('\n')}\n`;
}

function body(data: ArticlePageData): string {
	const used = new Set(data.blocks.map((block) => block.kind));
	const imports = [
		"import ArticleParagraph from '~/components/ArticleParagraph.astro';",
		...(used.has('pullquote') ? ["import PullQuote from '~/components/PullQuote.astro';"] : []),
	];
	const note = '{/* Dibuat oleh `npm run import` dari berkas mentah di `raw.file`. Suntingan tangan aman: impor ulang melewatkan halaman ini kecuali dengan --force. */}';
	const blocks = anchorBlocks(data.blocks).map((block) => {
		switch (block.kind) {
			case 'paragraph':
				return `<ArticleParagraph id="${block.anchor}">${mdxText(block.text)}</ArticleParagraph>`;
			case 'heading':
				return `## ${mdxText(block.text)}`;
			case 'caption':
				return `<figure class="article-figure"><figcaption>${mdxText(block.text)}</figcaption></figure>`;
			case 'pullquote':
				return `<PullQuote attribution=${mdxAttribute(block.attribution)}>${mdxText(block.text)}</PullQuote>`;
			case 'break':
				return '<hr class="article-break" />';
		}
	});
	return `${[imports.join('\n'), note, ...blocks].join('\n\n')}\n`;
}
