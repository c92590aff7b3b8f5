/**
 * Checks the English pages of the imported articles against their Indonesian pages: every article has an English
 * page (a full translation or, until then, a summary); a full translation has the same blocks and anchors in the
 * same order, and each block keeps the original's numbers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleTranslationSchema, type ArticleTranslation } from '../../src/schemas/article-translation.ts';
import { articleBlocks, blocksText, compareArticleBlocks } from './article-blocks.ts';
import { sha256, storedImportHash } from './render-mdx.ts';

export interface TranslationCheck {
	/** `file:line: message`: the check fails. */
	errors: string[];
	/** `file:line: message`: reported only (the Indonesian text changed since it was translated). */
	warnings: string[];
	/** Articles with a full English translation, and with an English summary only. */
	full: number;
	summary: number;
}

/**
 * Hash of an Indonesian article page's text, as an English page records it in `translationOf.sourceHash`.
 * @example sourceHashOf(readFileSync('content/docs/artikel/x.mdx', 'utf8')) // → '3f…'
 */
export function sourceHashOf(mdx: string): string {
	return sha256(blocksText(articleBlocks(mdx)));
}

/**
 * Checks every imported article page in `articles` (pages the importer wrote) against `english/<same name>`.
 * Paths in messages are relative to `root`.
 * @example checkTranslations({ articles: 'content/docs/artikel', english: 'content/docs/en/artikel', root: '.' }).errors // → []
 */
export function checkTranslations(options: { articles: string; english: string; root: string }): TranslationCheck {
	const result: TranslationCheck = { errors: [], warnings: [], full: 0, summary: 0 };
	const rel = (path: string) => relative(options.root, path).split('\\').join('/');
	if (!existsSync(options.articles)) return result;
	for (const name of readdirSync(options.articles).filter((file) => file.endsWith('.mdx')).sort()) {
		const originalPath = join(options.articles, name);
		const original = readFileSync(originalPath, 'utf8');
		// Only pages the importer made are articles (the listing page index.mdx is not).
		if (storedImportHash(original) === undefined) continue;
		const englishPath = join(options.english, name);
		if (!existsSync(englishPath)) {
			result.errors.push(
				`${rel(originalPath)}:1: no English page: add ${rel(englishPath)}, a translation or, until then, an English summary, with sourceHash ${sourceHashOf(original)} (see README, "Translating an article")`,
			);
			continue;
		}
		const english = readFileSync(englishPath, 'utf8');
		const translation = readTranslationOf(english, rel(englishPath), result.errors);
		if (!translation) continue;
		const expectedId = `artikel/${name.slice(0, -'.mdx'.length)}`;
		if (translation.article !== expectedId) {
			result.errors.push(`${rel(englishPath)}:${lineOf(english, 'article:')}: translationOf.article is "${translation.article}"; this file translates ${expectedId}`);
			continue;
		}
		if (translation.sourceHash !== sourceHashOf(original)) {
			result.warnings.push(
				`${rel(englishPath)}:${lineOf(english, 'sourceHash:')}: ${rel(originalPath)} changed since this was translated; compare the two, then set sourceHash to ${sourceHashOf(original)}`,
			);
		}
		if (/^ {2}editorNote: /mu.test(original) && !translation.editorNote) {
			result.errors.push(`${rel(englishPath)}:${lineOf(english, 'translationOf:')}: ${rel(originalPath)} has an editorNote; give it in English as translationOf.editorNote`);
		}
		if (translation.kind === 'summary') {
			result.summary++;
			if (articleBlocks(english).length) {
				result.errors.push(`${rel(englishPath)}:${articleBlocks(english)[0]!.line}: a summary (kind: summary) has no article paragraphs; set kind: full once all are translated`);
			}
			continue;
		}
		result.full++;
		result.errors.push(
			...compareArticleBlocks({ file: rel(originalPath), blocks: articleBlocks(original) }, { file: rel(englishPath), blocks: articleBlocks(english) }),
		);
	}
	return result;
}

function readTranslationOf(mdx: string, file: string, errors: string[]): ArticleTranslation | undefined {
	const match = /^---\n([\s\S]*?)\n---\n/u.exec(mdx);
	if (!match) {
		errors.push(`${file}:1: no frontmatter`);
		return undefined;
	}
	let data: { translationOf?: unknown };
	try {
		data = (parseYaml(match[1]!) ?? {}) as { translationOf?: unknown };
	} catch (error) {
		errors.push(`${file}:${((error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0) + 1}: frontmatter is not valid YAML`);
		return undefined;
	}
	const parsed = articleTranslationSchema.safeParse(data.translationOf);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const field = issue.path.join('.');
		errors.push(`${file}:${lineOf(mdx, field ? `${String(issue.path.at(-1))}:` : 'translationOf:')}: translationOf${field ? `.${field}` : ''}: ${issue.message}`);
		return undefined;
	}
	return parsed.data;
}

/** 1-based line of the first line whose trimmed text starts with `prefix` (1 when none). */
function lineOf(text: string, prefix: string): number {
	return text.split('\n').findIndex((line) => line.trim().startsWith(prefix)) + 1 || 1;
}
