import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';

/**
 * Connects a test file to the run's one Chromium (started by tests/support/browser-server.ts); closing the connection
 * closes the pages and contexts the file opened, not the browser. Without that setup it launches a browser of its own.
 */
export async function sharedBrowser(): Promise<Browser> {
	const endpoint = inject('browserEndpoint');
	return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** WebSocket address of the run's shared Chromium. */
		browserEndpoint: string;
	}
}
