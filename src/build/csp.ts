import { createHash } from 'node:crypto';

/** Script types that are data, not code: CSP does not govern them. */
const dataScriptType = /\btype\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i;

/**
 * The CSP source expression for an inline script or style: the base64 SHA-256 of its exact text.
 * @example cspHash('alert(1)') // → "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The hashes of a page's inline scripts (code only, not JSON-LD) and inline style elements.
 * @example inlineHashes('<script>alert(1)</script>').scripts // → ["'sha256-bhHH…'"]
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes) && !dataScriptType.test(attributes))
		.map(([, , text = '']) => cspHash(text));
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) => cspHash(text));
	return { scripts, styles };
}

/**
 * A strict Content-Security-Policy for the static site: everything from the site itself, inline code only by
 * hash, WebAssembly for Pagefind's search, no plugins, no framing. Style attributes stay allowed (Starlight sizes
 * icons with them); browsers without `style-src-attr` fall back to `style-src`.
 * @example contentSecurityPolicy({ scripts: [], styles: [] }).startsWith("default-src 'self'") // → true
 */
export function contentSecurityPolicy(hashes: { scripts: string[]; styles: string[] }): string {
	const unique = (list: string[]) => [...new Set(list)].sort();
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${unique(hashes.scripts).join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		`style-src-elem 'self' ${unique(hashes.styles).join(' ')}`.trim(),
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) that sends the policy and a few safe defaults with every response.
 * @example headersFile("default-src 'self'").split('\n')[0] // → '/*'
 */
export function headersFile(policy: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${policy}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'',
	].join('\n');
}
