import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ensureTrailingSlash } from '../utils/path.ts';
import { pathLocale } from '../utils/urls.ts';

/** One HTML page of a built site: its file and the URL path a visitor uses for it. */
export interface BuiltPage {
	file: string;
	path: string;
}

/**
 * The URL path of a built HTML file (relative to the output folder), under the site base.
 * @example builtPagePath('artikel/abc/index.html', '/') // → '/artikel/abc/'
 */
export function builtPagePath(relativeFile: string, base: string): string {
	const root = ensureTrailingSlash(base);
	const posix = relativeFile.split(sep).join('/');
	return root + posix.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Every HTML page in a built site folder, found on disk so new pages are checked without a list to update.
 * Pagefind's own files are not pages of the site.
 * @example await listBuiltPages('dist', '/') // → [{ file: 'dist/index.html', path: '/' }, …]
 */
export async function listBuiltPages(dist: string, base: string): Promise<BuiltPage[]> {
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => !relative(dist, file).split(sep).includes('pagefind'))
		.map((file) => ({ file, path: builtPagePath(relative(dist, file), base) }))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A page's type as its URL shape shows it, the same for both locales: pages one level deep are each their own
 * type, deeper pages share their section's type (every article page is `artikel/*`).
 * @example pageKind('/en/artikel/abc/', '/') // → 'artikel/*'
 */
export function pageKind(path: string, base: string): string {
	const root = ensureTrailingSlash(base);
	const segments = path.slice(root.length).split('/').filter(Boolean);
	if (segments[0] === 'en') segments.shift();
	if (segments.length === 0) return '/';
	if (segments.length === 1) return segments[0]!.replace(/\.html$/, '');
	return `${segments[0]}/*`;
}

/**
 * One page of each kind in each locale: what the per-page-type browser checks visit.
 * @example representativePages([{ file: 'a', path: '/' }, { file: 'b', path: '/en/' }], '/') // → both
 */
export function representativePages(pages: BuiltPage[], base: string): BuiltPage[] {
	const seen = new Set<string>();
	return pages.filter((page) => {
		const key = `${pathLocale(page.path, base)} ${pageKind(page.path, base)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The page types every quality gate must cover, each by its {@link pageKind}.
 * @example pageTypes.article // → 'artikel/*'
 */
export const pageTypes = {
	home: '/',
	explainer: 'konvensi',
	article: 'artikel/*',
	quotes: 'kutipan',
	person: 'tokoh/*',
	search: 'cari',
	status: 'status',
	notFound: '404',
} as const;
