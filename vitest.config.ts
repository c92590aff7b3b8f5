import { defineConfig } from 'vitest/config';

/** Checks of the built site that read dist/ and need no browser. */
const builtTests = ['tests/e2e/html-validity.test.ts', 'tests/e2e/rebuild.test.ts', 'tests/e2e/internal-links.test.ts', 'tests/e2e/quotes-verbatim.test.ts', 'tests/e2e/import-hostile-build.test.ts'];

// Unit tests call the modules directly; cli tests run scripts/ as processes. The site is built once per run
// (build-site.ts, shared by the two projects below): `built` reads that dist/, `e2e` drives headless Chromium
// against it, every file connecting to one shared browser.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// The CLIs as a maintainer runs them: every test starts a Node process, which a busy machine can take
			// seconds to do, so these get the time of a process start, not of a function call.
			{ test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 } },
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
					// Tests marked concurrent (one browser tab each) run two at a time: one per core of a small machine.
					maxConcurrency: 2,
				},
			},
		],
	},
});
