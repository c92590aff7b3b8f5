import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';

/** Global setup of the browser tests: one Chromium for the whole run, which every test file connects to. */
export default async function startSharedBrowser(project: TestProject): Promise<() => Promise<void>> {
	const server = await launchBrowserServer();
	project.provide('browserEndpoint', server.wsEndpoint());
	return () => server.close();
}
