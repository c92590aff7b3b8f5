import { readFileSync, statSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { listBuiltPages } from '../../../src/build/built-pages.ts';
import { resolveRequestPath } from '../../../src/build/static-server.ts';

/** Attributes that point at another document or a file the page loads. */
const linkAttributes: ReadonlyArray<[selector: string, attribute: string]> = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['source[src]', 'src'],
	['iframe[src]', 'src'],
	['form[action]', 'action'],
];

/**
 * Every URL a page links to or loads, as written in its HTML.
 * @example pageReferences(parse('<a href="/x/">x</a><script src="/a.js"></script>')) // → ['/x/', '/a.js']
 */
export function pageReferences(root: HTMLElement): string[] {
	return linkAttributes.flatMap(([selector, attribute]) =>
		root.querySelectorAll(selector).map((element) => element.getAttribute(attribute) ?? ''),
	);
}

/**
 * The ids a page's fragments may point at (`id` on any element, plus the legacy `<a name>`).
 * @example pageAnchors(parse('<h2 id="a"></h2><a name="b"></a>')) // → Set { 'a', 'b' }
 */
export function pageAnchors(root: HTMLElement): Set<string> {
	const ids = root.querySelectorAll('[id]').map((element) => element.id);
	const names = root.querySelectorAll('a[name]').map((element) => element.getAttribute('name') ?? '');
	return new Set([...ids, ...names]);
}

/** A link target inside the site: the URL path and the fragment (without `#`, decoded), if any. */
export interface InternalTarget {
	path: string;
	fragment: string;
}

/**
 * Resolves a reference against the page URL; null for links that leave the site (other origins, mailto:, …).
 * Absolute URLs on the site's own origin (canonical, hreflang) count as internal.
 * @example internalTarget('../b/#p-2', 'https://example.org/a/x/') // → { path: '/a/b/', fragment: 'p-2' }
 */
export function internalTarget(reference: string, pageUrl: string): InternalTarget | null {
	const url = new URL(reference, pageUrl);
	if (url.origin !== new URL(pageUrl).origin) return null;
	return { path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** One broken link: the page it is on, what it says, and what is wrong. */
export interface BrokenLink {
	page: string;
	reference: string;
	problem: string;
}

/** What the checker needs to know about the built site. */
export interface SiteIndex {
	/** The site origin and base path, e.g. `https://example.org/konvensi-hanoi/`. */
	baseUrl: string;
	/** The output folder. */
	dist: string;
	/** Whether a file exists in the output folder. */
	fileExists: (file: string) => boolean;
	/** The anchors of the HTML file, or null when the file is not an HTML page. */
	anchorsOf: (file: string) => Set<string> | null;
}

/**
 * Checks one page's references: each internal link must reach a file under the base, and each fragment an
 * element id in the target page. `#` alone and `#_top` (Starlight's top-of-page target) are always valid.
 * @example brokenLinks('/a/', ['/missing/'], index) // → [{ page: '/a/', reference: '/missing/', problem: 'no such page or file' }]
 */
export function brokenLinks(pagePath: string, references: string[], site: SiteIndex): BrokenLink[] {
	const base = new URL(site.baseUrl).pathname;
	const pageUrl = new URL(pagePath, site.baseUrl).href;
	const broken: BrokenLink[] = [];
	for (const reference of references) {
		const report = (problem: string) => broken.push({ page: pagePath, reference, problem });
		if (reference.trim() === '') {
			report('empty link');
			continue;
		}
		const target = internalTarget(reference, pageUrl);
		if (!target) continue;
		const file = resolveRequestPath(target.path, base, site.dist);
		if (!file) {
			report(`outside the base ${base}`);
			continue;
		}
		if (!site.fileExists(file)) {
			report('no such page or file');
			continue;
		}
		if (target.fragment === '' || target.fragment === '_top') continue;
		const anchors = site.anchorsOf(file);
		if (anchors && !anchors.has(target.fragment)) report(`no element with id "${target.fragment}"`);
	}
	return broken;
}

/**
 * Parses a page once for both jobs of the crawler.
 * @example parsePage('<a id="x" href="#x">x</a>').anchors // → Set { 'x' }
 */
export function parsePage(html: string): { references: string[]; anchors: Set<string> } {
	const root = parse(html);
	return { references: pageReferences(root), anchors: pageAnchors(root) };
}

/**
 * Crawls every HTML page of a built site and returns every broken internal link or anchor.
 * @example await checkBuiltSite('dist', 'http://localhost:4321/') // → [] when all links work
 */
export async function checkBuiltSite(dist: string, baseUrl: string): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
	const pages = await listBuiltPages(dist, new URL(baseUrl).pathname);
	const parsed = new Map<string, ReturnType<typeof parsePage>>();
	const parsedFile = (file: string) => {
		if (!parsed.has(file)) parsed.set(file, parsePage(readFileSync(file, 'utf8')));
		return parsed.get(file)!;
	};
	const site: SiteIndex = {
		baseUrl,
		dist,
		fileExists: (file) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
		anchorsOf: (file) => (file.endsWith('.html') ? parsedFile(file).anchors : null),
	};
	let links = 0;
	const broken = pages.flatMap((page) => {
		const { references } = parsedFile(page.file);
		links += references.length;
		return brokenLinks(page.path, references, site);
	});
	return { pages: pages.length, links, broken };
}
