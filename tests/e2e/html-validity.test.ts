import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { listBuiltPages, type BuiltPage } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';
import { siteDist } from '../support/site-dist.ts';

/**
 * html-validate's recommended rules, relaxed only where Starlight's output is valid HTML that a stylistic or
 * best-practice rule dislikes. Each relaxation says why.
 */
const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// `<meta/>` and `<meta>` are both valid HTML; Astro writes the self-closing form.
		'void-style': 'off',
		// Starlight's `_top` skip-link target is a valid HTML id (any string without spaces); the strict rule wants
		// CSS-friendly ids, `relaxed` checks exactly what HTML requires.
		'valid-id': ['error', { relaxed: true }],
		// Starlight's search and menu buttons sit outside any form, where a missing `type` changes nothing.
		'no-implicit-button-type': 'off',
		// Style attributes are valid HTML; Starlight uses them for icon sizes and its search dialog. The CSP allows
		// them through `style-src-attr` (written by src/integrations/search-indexes-and-headers.ts).
		'no-inline-style': 'off',
		// Starlight renders the table of contents twice (phone and desktop) with the same label; only one is ever
		// displayed, so assistive technology never meets two (axe, which checks what is rendered, passes).
		'unique-landmark': 'off',
		// Article pages carry the outlet's headline in full; shortening a source's headline would misquote it.
		'long-title': 'off',
	},
};

let pages: BuiltPage[];
/** Each page parsed once, for all the checks below. */
const documents = new Map<string, ReturnType<typeof parse>>();
const documentOf = async (page: BuiltPage) => {
	if (!documents.has(page.file)) documents.set(page.file, parse(await readFile(page.file, 'utf8')));
	return documents.get(page.file)!;
};
beforeAll(async () => {
	pages = await listBuiltPages(resolve(siteDist), '/');
});

describe('valid HTML', () => {
	test('every built page passes html-validate', async () => {
		const validator = new HtmlValidate(htmlValidateConfig);
		const messages: string[] = [];
		for (const page of pages) {
			const report = await validator.validateString(await readFile(page.file, 'utf8'), page.file);
			for (const result of report.results) {
				for (const message of result.messages) messages.push(`${page.path} ${message.ruleId}: ${message.message} (${message.selector})`);
			}
		}
		expect(pages.length).toBeGreaterThanOrEqual(7);
		expect(messages).toEqual([]);
	});
});

describe('language', () => {
	test('every page declares its locale: Indonesian at the root, English under /en/', async () => {
		const wrong: string[] = [];
		for (const page of pages) {
			const lang = (await documentOf(page)).querySelector('html')?.getAttribute('lang');
			if (lang !== pathLocale(page.path, '/')) wrong.push(`${page.path}: lang="${lang}"`);
		}
		expect(wrong).toEqual([]);
	});

	test('every lang attribute inside a page is a well-formed language tag', async () => {
		const wrong: string[] = [];
		for (const page of pages) {
			for (const element of (await documentOf(page)).querySelectorAll('[lang]')) {
				const lang = element.getAttribute('lang') ?? '';
				if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) wrong.push(`${page.path}: <${element.rawTagName} lang="${lang}">`);
			}
		}
		expect(wrong).toEqual([]);
	});
});
