import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test } from 'vitest';
import { listBuiltPages, representativePages } from '../../src/lib/built-pages.ts';
import { serveBuiltSite } from '../support/site.ts';
import { visitPath } from '../support/quality-pages.ts';
test('dbg', async () => {
	const site = await serveBuiltSite();
	const pages = representativePages(await listBuiltPages(resolve('dist'), '/'), '/');
	console.log(pages.map((p) => p.path).join('\n'));
	for (const p of pages) {
		const context = await site.browser.newContext({ viewport: { width: 390, height: 900 } });
		const page = await context.newPage();
		await page.goto(site.url(visitPath(p.path)));
		const t0 = Date.now();
		const r = await Promise.race([new AxeBuilder({ page }).analyze(), new Promise((ok) => setTimeout(() => ok('TIMEOUT'), 40000))]);
		console.log(p.path, Date.now() - t0, 'ms', typeof r === 'string' ? r : (r as any).violations.length);
		await context.close();
	}
	await site.close();
}, 900_000);
