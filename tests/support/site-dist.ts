import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBuiltPages } from '../../src/build/built-pages.ts';
import type { QuoteRecord } from '../../src/utils/quote-export.ts';

/** Where the tests build and serve the site; SITE_DIST lets parallel work trees avoid sharing dist/. */
export const siteDist = process.env.SITE_DIST ?? 'dist';

/** The URL path of every page of the test build, sorted (404.html is what a missing address shows, not a page of its own). */
export async function builtPagePaths(): Promise<string[]> {
	return (await listBuiltPages(siteDist, '/')).map((page) => page.path).filter((path) => path.endsWith('/'));
}

/** The open data of the test build's quotes (/data/quotes.json), as a reader downloads it. */
export const builtQuotes = () => JSON.parse(readFileSync(join(siteDist, 'data/quotes.json'), 'utf8')) as QuoteRecord[];

/** The HTML of a built page, by its URL path. */
export const builtHtml = (path: string) => readFileSync(join(siteDist, path, 'index.html'), 'utf8');

/** The explainers of the test build, both locales, sorted: the pages it marks for search as type:explainer. */
export async function builtExplainerPaths(): Promise<string[]> {
	return (await builtPagePaths()).filter((path) => builtHtml(path).includes('data-pagefind-meta="type:explainer"')).sort();
}

/**
 * The path a visitor opens for a built page: the 404 page is what a missing URL shows, not a URL of its own.
 * @example visitPath('/404.html') // → '/halaman-yang-tidak-ada/'
 */
export function visitPath(path: string): string {
	return path.endsWith('/404.html') ? path.replace(/404\.html$/, 'halaman-yang-tidak-ada/') : path;
}
