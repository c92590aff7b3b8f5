import { describe, expect, test } from 'vitest';
import { cssUrls, fetchedUrls, foreignUrls } from '../support/qa/fetched-urls.ts';

describe('fetchedUrls', () => {
	test('finds the sources of images, scripts, frames, media and objects', () => {
		const html = `<img src="/a.png" srcset="/b.png 1x, https://cdn.example/c.png 2x"><script src="/s.js"></script>
			<iframe src="https://maps.example/embed"></iframe><video poster="/p.jpg"><source src="/v.mp4"></video>
			<picture><source srcset="/d.webp"></picture><object data="/o.svg"></object>`;
		expect(fetchedUrls(html)).toEqual([
			'/a.png', '/b.png', 'https://cdn.example/c.png', '/s.js', 'https://maps.example/embed', '/p.jpg', '/v.mp4', '/d.webp', '/o.svg',
		]);
	});

	test('counts fetching links and SVG references, not links a reader follows', () => {
		const html = `<link rel="stylesheet" href="/x.css"><link rel="preconnect" href="https://fonts.example">
			<link rel="canonical" href="https://site.example/"><link rel="alternate" hreflang="en" href="https://site.example/en/">
			<a href="https://www.un.org/">UN</a><svg><use href="/sprite.svg#i"></use><image href="https://tiles.example/1.png"/></svg>`;
		expect(fetchedUrls(html)).toEqual(['/x.css', 'https://fonts.example', '/sprite.svg#i', 'https://tiles.example/1.png']);
	});

	test('reads CSS in style elements and attributes, and a refresh target', () => {
		const html = `<style>@import "https://cdn.example/f.css"; body { background: url('/bg.png') }</style>
			<div style="background-image: url(https://img.example/x.jpg)"></div><meta http-equiv="refresh" content="0; url=https://away.example/">`;
		expect(fetchedUrls(html)).toEqual(['/bg.png', 'https://cdn.example/f.css', 'https://img.example/x.jpg', 'https://away.example/']);
	});

	test('ignores what scripts and JSON hold as text', () => {
		expect(fetchedUrls('<script type="application/ld+json">{"url": "https://un.org/x.png"}</script>')).toEqual([]);
	});
});

describe('cssUrls', () => {
	test('finds quoted and unquoted url() targets and imports', () => {
		expect(cssUrls(`a{b:url(/x.woff2)} c{d:url("data:image/svg+xml,%3Csvg%3E")} @import '/y.css';`)).toEqual([
			'/x.woff2', 'data:image/svg+xml,%3Csvg%3E', '/y.css',
		]);
	});
});

describe('foreignUrls', () => {
	test('keeps absolute and protocol-relative URLs of other origins only', () => {
		const origin = 'http://127.0.0.1:4321';
		expect(
			foreignUrls(['/a.png', 'b.png', '#frag', 'data:x', 'http://127.0.0.1:4321/c.png', 'https://cdn.example/f', '//cdn.example/x.js'], origin),
		).toEqual(['https://cdn.example/f', '//cdn.example/x.js']);
	});
});
