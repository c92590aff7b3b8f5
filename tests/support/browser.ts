import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Our own flags: no sandbox as root, no background traffic on a closed network. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Finds a Chromium: CHROME_PATH, then Debian's /usr/bin/chromium, then the one inside @sparticuz/chromium.
 * @example await chromiumPath() // → '/usr/bin/chromium'
 */
export async function chromiumPath(): Promise<string> {
	for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium']) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	const { default: packaged } = await import('@sparticuz/chromium');
	return packaged.executablePath();
}

/** Launches headless Chromium with the project's flags. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs, headless: true });
}

/** Starts the one headless Chromium a test run shares (tests/support/browser-server.ts, a global setup). */
export async function launchBrowserServer(): Promise<BrowserServer> {
	return chromium.launchServer({ executablePath: await chromiumPath(), args: chromiumArgs, headless: true });
}

