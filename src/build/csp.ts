import { createHash } from 'node:crypto';

/** Script types that are data, not code: CSP does not govern them. */
const dataScriptType = /\btype\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i;

/**
 * The CSP source expression for an inline script or style: the base64 SHA-256 of its exact text (as UTF-8 bytes).
 * @example cspHash('alert(1)') // → "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function cspHash(text: string | Uint8Array): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The elements of one tag in a page: the text of each opening tag's attributes and the bytes of its content. Read
 * from the page's bytes, not a decoded string: decoding the 215 MB of a 1,000-article site took longer than the rest
 * of the scan. Tags are matched in lower case, as Astro writes them.
 */
function* elements(html: Buffer, tag: 'script' | 'style'): Generator<{ attributes: string; text: Buffer }> {
	const open = `<${tag}`;
	const close = `</${tag}>`;
	for (let at = html.indexOf(open); at !== -1; at = html.indexOf(open, at + 1)) {
		// `<scripts>` or `<style-x>` is another element: the name must end here.
		if (/[\w-]/u.test(String.fromCharCode(html[at + open.length] ?? 0))) continue;
		const body = html.indexOf('>', at) + 1;
		const end = body === 0 ? -1 : html.indexOf(close, body);
		if (end === -1) return;
		yield { attributes: html.toString('latin1', at + open.length, body - 1), text: html.subarray(body, end) };
		at = end;
	}
}

/**
 * The hashes of a page's inline scripts (code only, not JSON-LD) and inline style elements.
 * @example inlineHashes('<script>alert(1)</script>').scripts // → ["'sha256-bhHH…'"]
 */
export function inlineHashes(page: string | Buffer): { scripts: string[]; styles: string[] } {
	const html = typeof page === 'string' ? Buffer.from(page) : page;
	const scripts = [...elements(html, 'script')]
		.filter(({ attributes }) => !/\bsrc\s*=/i.test(attributes) && !dataScriptType.test(attributes))
		.map(({ text }) => cspHash(text));
	const styles = [...elements(html, 'style')].map(({ text }) => cspHash(text));
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
