import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import type { QuoteFile, StoredQuote } from '../../tooling/quotes/quote-curation.ts';
import { containsVerbatim } from '../../tooling/quotes/quote-text.ts';

// One place for titles: a speaker's title comes from their person record (content/people/), never retyped in a quote
// file; a quote keeps a title only as `printedTitle`, the wrong wording its article really prints.
const files = readdirSync('content/quotes')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ name, file: parse(readFileSync(join('content/quotes', name), 'utf8')) as QuoteFile }));
const entries = files.flatMap(({ name, file }) => [...(file.quotes ?? []), ...(file.candidates ?? [])].map((quote) => ({ name, article: file.article, quote })));
const titles = (speaker: string) =>
	(parse(readFileSync(join('content/people', `${speaker}.yaml`), 'utf8')) as { roles?: { title: { id: string; en: string } }[] }).roles?.flatMap((role) => [role.title.id, role.title.en]) ?? [];
const rawText = (article: string) => {
	const page = readFileSync(join('content', 'docs', `${article}.mdx`), 'utf8');
	return readFileSync(/^ {4}file: "(.+)"$/mu.exec(page)![1]!, 'utf8');
};
/** Every string a quote record holds outside its words and a maintainer's note. */
const retypable = (quote: StoredQuote & Record<string, unknown>) =>
	Object.entries(quote)
		.filter(([key]) => !['text', 'textEn', 'note', 'printedTitle'].includes(key))
		.flatMap(([, value]) => (typeof value === 'string' ? [value] : typeof value === 'object' && value ? JSON.stringify(value) : []));

test('there are quote files to check', () => {
	expect(entries.length).toBeGreaterThan(0);
});

test.each(entries.map(({ name, article, quote }) => [`${name}: ${quote.id}`, article, quote] as const))('%s retypes no title', (_, article, quote) => {
	expect(Object.keys(quote)).not.toContain('role');
	if (!quote.speaker) return;
	for (const value of retypable(quote as StoredQuote & Record<string, unknown>)) {
		for (const title of titles(quote.speaker)) expect(value.includes(title), `"${title}" retyped in ${value}`).toBe(false);
	}
	if (quote.printedTitle) {
		// Only what the article really prints, and only where it differs from the record's title.
		expect(containsVerbatim(rawText(article), quote.printedTitle)).toBe(true);
		expect(titles(quote.speaker)).not.toContain(quote.printedTitle);
	}
});
