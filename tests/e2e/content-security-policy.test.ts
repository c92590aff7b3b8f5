import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listBuiltPages, representativePages, type BuiltPage } from '../../src/build/built-pages.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { sharedBrowser } from '../support/shared-browser.ts';
import { siteDist, visitPath } from '../support/site-dist.ts';
import { inBatches } from '../support/batches.ts';
import { searchFor } from '../support/search-dialog.ts';

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
	browser = await sharedBrowser();
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

describe('Content-Security-Policy', () => {
	test('_headers carries a strict policy hashed from the pages as built', async () => {
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
		// Every inline script and style element of every page, found by an HTML parser (not csp.ts's own scan), is allowed
		// by its hash, and no script is allowed that no page has.
		const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ') ?? [];
		const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		const missing: string[] = [];
		const scripts = new Set<string>();
		for (const page of pages) {
			const html = parseHtml(await readFile(page.file, 'utf8'), { blockTextElements: { script: true, style: true } });
			for (const script of html.querySelectorAll('script:not([src])')) {
				if (/json|template/u.test(script.getAttribute('type') ?? '')) continue;
				scripts.add(hash(script.rawText));
				if (!directive('script-src').includes(hash(script.rawText))) missing.push(`${page.path}: <script> ${script.rawText.slice(0, 60)}`);
			}
			for (const style of html.querySelectorAll('style')) {
				if (!directive('style-src-elem').includes(hash(style.rawText))) missing.push(`${page.path}: <style> ${style.rawText.slice(0, 60)}`);
			}
		}
		expect(missing).toEqual([]);
		expect(directive('script-src').filter((source) => source.startsWith("'sha256-")).sort()).toEqual([...scripts].sort());
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
