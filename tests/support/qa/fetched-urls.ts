import { parse } from 'node-html-parser';

/** `<link rel>` values that make the browser fetch, or connect to, the link's target without a click. */
const fetchingRels = /\b(stylesheet|icon|apple-touch-icon|mask-icon|manifest|preload|modulepreload|prefetch|prerender|preconnect|dns-prefetch)\b/i;

/**
 * Every `url(…)` and `@import "…"` target in a style sheet or a style attribute, as written.
 * @example cssUrls('a { background: url("/x.png") } @import "https://cdn.example/y.css";') // → ['/x.png', 'https://cdn.example/y.css']
 */
export function cssUrls(css: string): string[] {
	const urls = [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((match) => match[2]!);
	const imports = [...css.matchAll(/@import\s+(['"])(.*?)\1/gi)].map((match) => match[2]!);
	return [...urls, ...imports];
}

/**
 * Every URL a page makes the browser request as it loads, as written in its HTML: sources of images, scripts,
 * frames and media (`src`, `srcset`, `poster`, `data`), fetching `<link>`s, SVG `href`s, CSS `url()`s in `<style>`
 * and `style=""`, and a `<meta http-equiv="refresh">` target. Links a reader follows (`<a href>`) are not requests.
 * @example fetchedUrls('<img src="/a.png" srcset="/b.png 2x"><a href="https://un.org">UN</a>') // → ['/a.png', '/b.png']
 */
export function fetchedUrls(html: string): string[] {
	const root = parse(html, { blockTextElements: { script: true, style: true } });
	const found: string[] = [];
	for (const element of root.querySelectorAll('*')) {
		const attribute = (name: string) => element.getAttribute(name)?.trim();
		const tag = element.rawTagName?.toLowerCase();
		for (const name of ['src', 'poster', 'data']) {
			const value = attribute(name);
			if (value && !(name === 'data' && tag !== 'object')) found.push(value);
		}
		for (const name of ['srcset', 'imagesrcset']) {
			found.push(...(attribute(name)?.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean) ?? []));
		}
		const href = attribute('href') ?? attribute('xlink:href');
		if (href && tag === 'link' && fetchingRels.test(attribute('rel') ?? '')) found.push(href);
		if (href && (tag === 'image' || tag === 'use' || tag === 'feimage')) found.push(href);
		const style = attribute('style');
		if (style) found.push(...cssUrls(style));
		if (tag === 'style') found.push(...cssUrls(element.rawText));
		if (tag === 'meta' && /refresh/i.test(attribute('http-equiv') ?? '')) {
			const target = attribute('content')?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1];
			if (target) found.push(target.trim());
		}
	}
	return found;
}

/**
 * The URLs that would leave the site: absolute or protocol-relative URLs to another origin (data:, blob: and
 * fragment references stay on the page).
 * @example foreignUrls(['/a.png', 'data:x', 'https://cdn.example/f.woff2', '//cdn.example/x.js'], 'http://127.0.0.1:4321')
 * // → ['https://cdn.example/f.woff2', '//cdn.example/x.js']
 */
export function foreignUrls(urls: string[], origin: string): string[] {
	return urls.filter((url) => {
		if (!/^(https?:|wss?:|\/\/)/i.test(url)) return false;
		return new URL(url, origin).origin !== origin;
	});
}
