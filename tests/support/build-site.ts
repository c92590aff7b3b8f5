import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { siteDist } from './site-dist.ts';
import { variantLock } from './variant-site.ts';

/** Variables Vitest sets (DEV=1, MODE=test, …) that would turn `astro build` into a dev-mode site without search. */
const leakedTestVariables = /^(DEV|PROD|SSR|MODE|BASE_URL|TEST|NODE_ENV|VITEST.*)$/;

/**
 * The environment of the test process, minus Vitest's own variables.
 * @example buildEnvironment({ DEV: '1', PATH: '/bin' }) // → { PATH: '/bin' }
 */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([name]) => !leakedTestVariables.test(name)));
}

/**
 * Runs `astro build` of the project in `cwd` (the repository by default) into `outDir`, with extra environment
 * variables (BASE_PATH, SITE_URL…), and returns what it printed (which routes it rendered, which it restored).
 * @example buildInto('/tmp/site', { BASE_PATH: '/konvensi-hanoi/' })
 */
export function buildInto(outDir: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
	const result = spawnSync(process.execPath, [`${process.cwd()}/node_modules/astro/bin/astro.mjs`, 'build', '--outDir', outDir], {
		cwd,
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
		env: { ...buildEnvironment(process.env), ...env },
	});
	if (result.status !== 0) throw new Error(`astro build in ${cwd} failed with exit code ${result.status}:\n${result.stdout.split('\n').slice(-40).join('\n')}`);
	return result.stdout;
}

/** Set once the run's build is done: the `e2e` and `built` projects both name this setup, and the site is built once. */
const builtMark = 'KONVENSI_TEST_SITE_BUILT';

/**
 * Global setup: builds the site once per test run (set SKIP_BUILD=1 to reuse an existing dist/ while iterating) and
 * gives the run an id, so the one variant build (tests/support/variant-site.ts) is also made once per run.
 */
export default function buildSite(project: TestProject): void {
	if (!process.env[builtMark]) {
		// No test runs yet: a lock left by an interrupted run is stale.
		rmSync(variantLock, { recursive: true, force: true });
		if (process.env.SKIP_BUILD !== '1' || !existsSync(`${siteDist}/index.html`)) buildInto(siteDist, { BASE_PATH: '/' });
		process.env[builtMark] = `${process.pid}-${Date.now()}`;
	}
	project.provide('testRun', process.env[builtMark]!);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Id of this test run, the same in every project. */
		testRun: string;
	}
}
