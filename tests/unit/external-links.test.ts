import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { externalLinkProblems, urlsInText } from '../support/qa/external-links.ts';

describe('externalLinkProblems', () => {
	test('accepts a plain https link', () => {
		expect(externalLinkProblems('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16')).toEqual([]);
	});
	test('rejects http and tracking parameters', () => {
		expect(externalLinkProblems('http://example.org/')).toEqual(['not https']);
		expect(externalLinkProblems('https://example.org/a?utm_source=x&id=3&fbclid=y')).toEqual([
			'tracking parameter utm_source',
			'tracking parameter fbclid',
		]);
		expect(externalLinkProblems('https://example.org/?gclid=1')).toEqual(['tracking parameter gclid']);
	});
});

describe('urlsInText', () => {
	test('finds URLs in Markdown, YAML and JSX attributes without trailing punctuation', () => {
		const text = 'See [UN](https://un.org/a). url: https://x.org/b\n<a href="https://y.org/c?d=1">y</a>, (https://z.org/).';
		expect(urlsInText(text)).toEqual(['https://un.org/a', 'https://x.org/b', 'https://y.org/c?d=1', 'https://z.org/']);
	});
});

describe('every external link in the content', () => {
	test('is https and carries no tracking parameters', async () => {
		const files = (await readdir('content', { recursive: true }))
			.filter((file) => /\.(mdx?|ya?ml)$/.test(file))
			.map((file) => join('content', file));
		expect(files.length).toBeGreaterThan(5);
		const problems: string[] = [];
		let checked = 0;
		for (const file of files) {
			for (const url of urlsInText(await readFile(file, 'utf8'))) {
				checked++;
				for (const problem of externalLinkProblems(url)) problems.push(`${file}: ${url}: ${problem}`);
			}
		}
		expect(checked).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
});
