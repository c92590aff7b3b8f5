/**
 * The blocks of an article page's MDX body, in order: paragraphs (with their `p-N` anchor), headings, captions,
 * pull-quotes and section breaks. Reads the form the importer writes, which English translations copy, so the two
 * languages of one article can be compared block by block.
 */

export type ArticleBlockKind = 'paragraph' | 'heading' | 'caption' | 'pullquote' | 'break';

export interface ArticleBlock {
	kind: ArticleBlockKind;
	/** `p-N` for a paragraph. */
	anchor?: string;
	/** The text as the reader sees it (a pull-quote's speaker after a newline). */
	text: string;
	/** 1-based line of the file where the block starts. */
	line: number;
}

const starts: Array<[ArticleBlockKind, RegExp, RegExp]> = [
	['paragraph', /^<ArticleParagraph id="(p-\d+)">/u, /<\/ArticleParagraph>\s*$/u],
	['caption', /^<figure class="article-figure"><figcaption>/u, /<\/figcaption><\/figure>\s*$/u],
	['pullquote', /^<PullQuote attribution=/u, /<\/PullQuote>\s*$/u],
	['heading', /^#{2,6} /u, /$/u],
	['break', /^<hr class="article-break" \/>/u, /$/u],
];

/**
 * The article blocks of an MDX page, each with the line it starts on. Frontmatter, imports and comments are skipped.
 * @example articleBlocks('---\ntitle: x\n---\n\n<ArticleParagraph id="p-1">{"Satu."}</ArticleParagraph>\n')[0] // → { kind: 'paragraph', anchor: 'p-1', text: 'Satu.', line: 5 }
 */
export function articleBlocks(mdx: string): ArticleBlock[] {
	const lines = mdx.split('\n');
	let index = 0;
	if (lines[0] === '---') {
		const end = lines.indexOf('---', 1);
		index = end < 0 ? lines.length : end + 1;
	}
	const blocks: ArticleBlock[] = [];
	for (; index < lines.length; index++) {
		const line = lines[index]!;
		const match = starts.find(([, start]) => start.test(line));
		if (!match) continue;
		const [kind, start, end] = match;
		let source = line;
		const first = index;
		while (!end.test(source) && index + 1 < lines.length) source += `\n${lines[++index]}`;
		const anchor = kind === 'paragraph' ? start.exec(line)![1] : undefined;
		blocks.push({ kind, ...(anchor ? { anchor } : {}), text: blockText(kind, source), line: first + 1 });
	}
	return blocks;
}

function blockText(kind: ArticleBlockKind, source: string): string {
	switch (kind) {
		case 'heading':
			return source.replace(/^#+ /u, '').replace(/^\{(".*")\}$/su, (_, json: string) => JSON.parse(json) as string).trim();
		case 'break':
			return '';
		case 'pullquote': {
			const attribution = /^<PullQuote attribution=(\{".*?"\}|"[^"]*")>/su.exec(source)?.[1] ?? '';
			const inner = source.replace(/^<PullQuote attribution=(\{".*?"\}|"[^"]*")>/su, '').replace(/<\/PullQuote>\s*$/u, '');
			return `${childText(inner)}\n${childText(attribution.replace(/^"|"$/gu, ''))}`;
		}
		default:
			return childText(source.replace(/^<[^>]*>(<figcaption>)?/u, '').replace(/(<\/figcaption>)?<\/[A-Za-z]+>\s*$/u, ''));
	}
}

/** An MDX child: a `{"…"}` string expression (as the importer writes it) or literal text. */
function childText(inner: string): string {
	const trimmed = inner.trim();
	const expression = /^\{(".*")\}$/su.exec(trimmed);
	return expression ? (JSON.parse(expression[1]!) as string) : trimmed;
}

/**
 * The numbers in a text, normalised so the same figure matches in either language: Indonesian `100.000` and
 * English `100,000` both give `100000`, Indonesian `2,5` and English `2.5` both give `2.5`, `Industri 4.0` and
 * `Industry 4.0` both give `4.0`; leading zeros go (`08/10` gives `8` and `10`), so a date may be written either way.
 * @example textNumbers('lebih dari 100.000 orang pada 08/10/2025', 'id') // → ['100000', '8', '10', '2025']
 * @example textNumbers('more than 100,000 people in 2.5 days', 'en') // → ['100000', '2.5']
 */
export function textNumbers(text: string, lang: 'id' | 'en'): string[] {
	const thousands = lang === 'id' ? /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
	return [...text.matchAll(/\d+(?:[.,]\d+)*/gu)].flatMap(([token]) => {
		if (thousands.test(token)) return [canonical(lang === 'id' ? token.replaceAll('.', '').replace(',', '.') : token.replaceAll(',', ''))];
		// Indonesian writes decimals with a comma; a dot not grouping thousands is a version number (4.0). English
		// commas not grouping thousands separate list items.
		return lang === 'id' ? [canonical(token.replaceAll(',', '.'))] : token.split(',').map(canonical);
	});
}

/** A number without leading zeros in its whole part: `08` → `8`, `0.5` stays. */
function canonical(number: string): string {
	return number.replace(/^0+(?=\d)/u, '');
}

/** Hash input of an Indonesian page's text: what its translation was made from. */
export function blocksText(blocks: readonly ArticleBlock[]): string {
	return blocks.map((block) => `${block.kind}\t${block.anchor ?? ''}\t${block.text}`).join('\n');
}

/**
 * What is wrong with a translation against its original, as `file:line: message`: a block missing, added or in
 * another place (kind or anchor), or a number of the original's block missing from the translated block.
 * @example compareArticleBlocks({ file: 'id.mdx', blocks: idBlocks }, { file: 'en.mdx', blocks: enBlocks }) // → []
 */
export function compareArticleBlocks(
	original: { file: string; blocks: readonly ArticleBlock[] },
	translation: { file: string; blocks: readonly ArticleBlock[] },
): string[] {
	const errors: string[] = [];
	const label = (block: ArticleBlock) => (block.anchor ? `paragraph ${block.anchor}` : block.kind);
	const count = Math.max(original.blocks.length, translation.blocks.length);
	for (let i = 0; i < count; i++) {
		const source = original.blocks[i];
		const target = translation.blocks[i];
		if (!target) {
			errors.push(`${translation.file}:${translation.blocks.at(-1)?.line ?? 1}: ends before ${label(source!)} of ${original.file}:${source!.line}`);
			break;
		}
		if (!source) {
			errors.push(`${translation.file}:${target.line}: ${label(target)} is not in ${original.file}`);
			break;
		}
		if (source.kind !== target.kind || source.anchor !== target.anchor) {
			errors.push(`${translation.file}:${target.line}: ${label(target)} where ${original.file}:${source.line} has ${label(source)}`);
			break;
		}
		const missing = missingNumbers(textNumbers(source.text, 'id'), textNumbers(target.text, 'en'));
		if (missing.length) {
			errors.push(`${translation.file}:${target.line}: ${label(target)} lacks ${missing.map((n) => `"${n}"`).join(', ')} from ${original.file}:${source.line}`);
		}
	}
	return errors;
}

/** Numbers of `expected` not in `actual`, counting repeats. */
function missingNumbers(expected: string[], actual: string[]): string[] {
	const left = [...actual];
	return expected.filter((number) => {
		const at = left.indexOf(number);
		if (at < 0) return true;
		left.splice(at, 1);
		return false;
	});
}
