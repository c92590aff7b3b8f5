import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, headersFile, inlineHashes } from '../../src/build/csp.ts';

// Expected hashes are fixed values (base64 SHA-256 of the exact text), not recomputed with the code under test.
const alertHash = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const emptyHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe('cspHash', () => {
	test('the CSP source expression of a text', () => {
		expect(cspHash('alert(1)')).toBe(alertHash);
		expect(cspHash('')).toBe(emptyHash);
	});
});

describe('inlineHashes', () => {
	test('inline code scripts and style elements, by their exact text', () => {
		const html = '<head><style></style><script type="module">alert(1)</script></head><body><script>alert(1)</script></body>';
		expect(inlineHashes(html)).toEqual({ scripts: [alertHash, alertHash], styles: [emptyHash] });
	});
	test('not external scripts, JSON-LD or templates, which CSP does not govern', () => {
		const html =
			'<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type=application/json>{}</script><script type="text/template"><b></b></script>';
		expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
	});
	test('a space more or less is another script', () => {
		expect(inlineHashes('<script> alert(1)</script>').scripts).not.toContain(alertHash);
	});
	test('the same hashes from a page’s bytes as from its text, non-ASCII code included', () => {
		const html = '<p>Hà Nội</p><script>document.title = "Hà Nội – Công ước"</script><style>p::before { content: "¶" }</style>';
		expect(inlineHashes(Buffer.from(html))).toEqual(inlineHashes(html));
		expect(inlineHashes(html).scripts).toEqual([cspHash('document.title = "Hà Nội – Công ước"')]);
	});
	test('not elements whose names only begin like script or style, and not an element left open', () => {
		expect(inlineHashes('<scripted>alert(1)</scripted><style-guide>x</style-guide><script>alert(1)')).toEqual({ scripts: [], styles: [] });
		expect(inlineHashes('<script\n\tdefer>alert(1)</script>').scripts).toEqual([alertHash]);
	});
});

describe('contentSecurityPolicy', () => {
	const policy = contentSecurityPolicy({ scripts: ["'sha256-b'", "'sha256-a'", "'sha256-b'"], styles: [emptyHash] });
	const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));
	test('scripts only from the site, by hash, sorted and without repeats; WebAssembly for search', () => {
		expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
		expect(policy).not.toMatch(/'unsafe-eval'/u);
	});
	test('style elements by hash; nothing from elsewhere; no plugins, no framing', () => {
		expect(directive('style-src-elem')).toBe(`style-src-elem 'self' ${emptyHash}`);
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('object-src')).toBe("object-src 'none'");
		expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(policy).not.toMatch(/https?:/u);
	});
	test('with no inline code, no empty hash list', () => {
		expect(contentSecurityPolicy({ scripts: [], styles: [] })).toContain("script-src 'self' 'wasm-unsafe-eval'; ");
	});
});

describe('headersFile', () => {
	test('sends the policy and the safe defaults for every path', () => {
		const file = headersFile("default-src 'self'");
		expect(file.split('\n')).toEqual([
			'/*',
			"  Content-Security-Policy: default-src 'self'",
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: strict-origin-when-cross-origin',
			'  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
			'',
		]);
	});
});
