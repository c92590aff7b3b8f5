import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../src/build/static-server.ts';
import { sharedBrowser } from './shared-browser.ts';
import { siteDist } from './site-dist.ts';

/** A built site served on a free localhost port, with a browser to visit it. */
export interface SiteUnderTest {
	url: (path: string) => string;
	browser: Browser;
	/** Opens a page and records console errors and failed requests. */
	open: (path: string, viewport?: { width: number; height: number }) => Promise<{ page: Page; errors: string[] }>;
	close: () => Promise<void>;
}

/** Serves the test build (or another output folder, under its base path) and connects to the run's shared browser. */
export async function serveBuiltSite({ dist = siteDist, base = '/' } = {}): Promise<SiteUnderTest> {
	const { server, url: baseUrl }: { server: Server; url: string } = await startStaticServer({ root: resolve(dist), base });
	const browser = await sharedBrowser();
	const url = (path: string) => new URL(path.replace(/^\//, ''), baseUrl).href;
	return {
		url,
		browser,
		open: async (path, viewport = { width: 1280, height: 900 }) => {
			const page = await browser.newPage({ viewport });
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(url(path));
			return { page, errors };
		},
		close: async () => {
			await browser.close();
			await new Promise((done) => server.close(done));
		},
	};
}

/**
 * Serves the test build to the tests of one file: registers the `beforeAll` that starts it and the `afterAll` that
 * stops it, and returns the site for the file's tests and later hooks to use.
 * @example const site = useBuiltSite(); test('…', async () => { const { page } = await site.open('/'); });
 */
export function useBuiltSite(options?: Parameters<typeof serveBuiltSite>[0]): SiteUnderTest {
	let site: SiteUnderTest | undefined;
	beforeAll(async () => {
		site = await serveBuiltSite(options);
	});
	afterAll(async () => site?.close());
	const served = () => {
		if (!site) throw new Error('the built site starts in beforeAll: use it inside a test or a later hook');
		return site;
	};
	return {
		url: (path) => served().url(path),
		get browser() {
			return served().browser;
		},
		open: (path, viewport) => served().open(path, viewport),
		close: () => served().close(),
	};
}
