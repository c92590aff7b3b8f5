import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { listBuiltPages, representativePages, type BuiltPage } from '../../src/lib/built-pages.ts';
import { startStaticServer } from '../../src/lib/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { siteDist } from '../support/site-dist.ts';
import { inBatches, searchFor, visitPath } from '../support/quality-pages.ts';

const dist = resolve(siteDist);
let policy: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
let pages: BuiltPage[];

beforeAll(async () => {
	const headers = await readFile(join(dist, '_headers'), 'utf8');
	policy = headers.match(/^\s+Content-Security-Policy: (.+)$/m)?.[1] ?? '';
	({ server, url: baseUrl } = await startStaticServer({ root: dist, headers: { 'content-security-policy': policy } }));
	browser = await launchBrowser();
	pages = await listBuiltPages(dist, '/');
});
afterAll(async () => {
	await browser?.close();
	await new Promise((done) => server?.close(done));
});

/** Opens a page under the policy, recording every violation the browser reports. */
async function openUnderPolicy(path: string): Promise<{ page: Page; violations: string[] }> {
	const context = await browser.newContext();
	await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
	const page = await context.newPage();
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
			),
		),
	);
	await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'networkidle' });
	return { page, violations };
}

/** The values of one directive of a policy, e.g. every source of `script-src`. */
function directive(policy: string, name: string): string[] {
	const found = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name);
	return found?.slice(1) ?? [];
}

/**
 * The CSP hashes of what the built pages hold inline, worked out here without the code under test (src/lib/csp.ts):
 * an HTML parser instead of its regular expressions, WebCrypto instead of node:crypto. Scripts count when the
 * browser would run them (no src, and no type or a JavaScript one); JSON-LD and templates are data.
 */
async function inlineCodeHashes(files: string[]): Promise<{ scripts: Set<string>; styles: Set<string> }> {
	const hash = async (text: string) =>
		`'sha256-${Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('base64')}'`;
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const file of files) {
		const html = parse(await readFile(file, 'utf8'), { blockTextElements: { script: true, style: true } });
		for (const script of html.querySelectorAll('script')) {
			const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
			if (script.hasAttribute('src') || !['', 'module', 'text/javascript'].includes(type)) continue;
			scripts.add(await hash(script.rawText));
		}
		for (const style of html.querySelectorAll('style')) styles.add(await hash(style.rawText));
	}
	return { scripts, styles };
}

describe('Content-Security-Policy', () => {
	test('_headers carries a strict policy', () => {
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
	});

	test('the policy allows by hash exactly the inline scripts and styles the built pages contain', async () => {
		const { scripts, styles } = await inlineCodeHashes(pages.map((page) => page.file));
		expect(scripts.size).toBeGreaterThan(0);
		const hashesOf = (name: string) => new Set(directive(policy, name).filter((source) => source.startsWith("'sha256-")));
		expect(hashesOf('script-src')).toEqual(scripts);
		expect(hashesOf('style-src-elem')).toEqual(styles);
	});

	test('no page type breaks the policy, and the stored theme still applies before paint', async () => {
		const results = await inBatches(representativePages(pages, '/'), 4, async (builtPage) => {
			const { page, violations } = await openUnderPolicy(visitPath(builtPage.path));
			expect(await page.getAttribute('html', 'data-theme'), builtPage.path).toBe('light');
			await page.context().close();
			return violations.map((violation) => `${builtPage.path}: ${violation}`);
		});
		expect(results.flat()).toEqual([]);
	});

	test('search, WebAssembly included, still finds pages under the policy', async () => {
		const { page, violations } = await openUnderPolicy('/');
		const first = await searchFor(page, 'Hanoi');
		expect(await first.getAttribute('href')).toMatch(/^\//);
		expect(violations).toEqual([]);
		await page.context().close();
	});

	test('the policy really is enforced: an injected inline script is refused', async () => {
		const { page, violations } = await openUnderPolicy('/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		await page.context().close();
	});
});
