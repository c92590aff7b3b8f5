import { defineConfig } from 'vitest/config';

/** Checks of the built site that read dist/ and need no browser. */
const builtTests = ['tests/e2e/quality-html.test.ts', 'tests/e2e/quality-links.test.ts', 'tests/e2e/quotes-verbatim.test.ts', 'tests/e2e/import-hostile-build.test.ts'];

// Unit tests call src/lib directly. The site is built once per run (build-site.ts, shared by both projects below);
// `built` reads that dist/, `e2e` drives headless Chromium against it, every file connecting to one shared browser.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'built',
					include: builtTests,
					globalSetup: ['tests/support/build-site.ts'],
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					exclude: builtTests,
					globalSetup: ['tests/support/build-site.ts', 'tests/support/browser-server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
