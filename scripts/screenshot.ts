// Screenshots pages of the built site at phone and desktop widths: node scripts/screenshot.ts /path/ [...]
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startStaticServer } from '../src/build/static-server.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const paths = process.argv.slice(2);
const outDir = resolve(process.env.SCREENSHOT_DIR ?? '.screenshots');
await mkdir(outDir, { recursive: true });
const { server, url } = await startStaticServer({ root: resolve('dist') });
const browser = await launchBrowser();
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const path of paths.length ? paths : ['/']) {
	for (const [name, viewport] of Object.entries(viewports)) {
		const page = await browser.newPage({ viewport, colorScheme: process.env.THEME === 'dark' ? 'dark' : 'light' });
		await page.goto(new URL(path.replace(/^\//, ''), url).href);
		const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
		console.log(file);
		await page.close();
	}
}
await browser.close();
server.close();
