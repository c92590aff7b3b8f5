import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { siteDist } from './site-dist.ts';

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
 * Runs `astro build` into `outDir` with extra environment variables (BASE_PATH, SITE_URL…).
 * @example buildInto('/tmp/site', { BASE_PATH: '/konvensi-hanoi/' })
 */
export function buildInto(outDir: string, env: NodeJS.ProcessEnv): void {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...buildEnvironment(process.env), ...env },
	});
	if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
}

/** Builds the site once per test run (set SKIP_BUILD=1 to reuse an existing dist/ while iterating). */
export default function buildSite(): void {
	if (process.env.SKIP_BUILD === '1' && existsSync(`${siteDist}/index.html`)) return;
	buildInto(siteDist, { BASE_PATH: '/' });
}
