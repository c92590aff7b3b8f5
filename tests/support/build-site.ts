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

/** Builds the site once per test run (set SKIP_BUILD=1 to reuse an existing dist/ while iterating). */
export default function buildSite(): void {
	if (process.env.SKIP_BUILD === '1' && existsSync(`${siteDist}/index.html`)) return;
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', siteDist], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...buildEnvironment(process.env), BASE_PATH: '/' },
	});
	if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
}
