import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { inject } from 'vitest';
import { applyImport, planImport } from '../../tooling/importer/import-run.ts';
import { sourceHashOf } from '../../tooling/importer/translation-check.ts';
import { buildInto } from './build-site.ts';
import { copyProject } from './scratch-project.ts';

/**
 * The one other build a test run makes, because it needs another configuration: the site as a project page deploys
 * it, under a sub-path of another origin, built from a scratch copy of the project with a hostile raw article
 * (tests/fixtures/import-hostile/) imported the README's way, with an English summary page (step 6, until the
 * translation is done), and with a search archive: the site's search bundle keeps only the newest articles
 * (src/utils/search-bundles.ts). sub-path-base, import-hostile-build and search-archive share it.
 */
export const variant = {
	base: '/konvensi-hanoi/',
	siteUrl: 'https://example.org',
	/** How many of the newest articles the site's search bundle keeps; the rest go to the archive's. */
	recentArticles: 2,
	/** Inside the repo's ignored tmp/ folder, so packages resolve from the repo's node_modules. */
	root: resolve('tmp/variant-site'),
	dist: resolve('tmp/variant-site/dist'),
};
export const variantLock = `${variant.root}.lock`;
const stampFile = join(variant.root, 'built-for-run.json');

interface Stamp {
	run: string;
	/** Slug of the hostile article's page. */
	hostileSlug: string;
}

/**
 * Builds the variant site once per run, whichever test file asks first (the other waits for that build to finish);
 * with SKIP_BUILD=1 an earlier run's build is reused.
 */
export async function variantSite(): Promise<Stamp> {
	const run = inject('testRun') ?? `${process.pid}`;
	mkdirSync(dirname(variantLock), { recursive: true });
	for (;;) {
		const stamp = readStamp();
		if (stamp && (stamp.run === run || process.env.SKIP_BUILD === '1')) return stamp;
		try {
			mkdirSync(variantLock, { recursive: false });
		} catch {
			await delay(250); // another test file is building it: wait for its stamp
			continue;
		}
		try {
			writeFileSync(stampFile, JSON.stringify(buildVariant(run)), { flag: 'w' });
		} finally {
			rmSync(variantLock, { recursive: true, force: true });
		}
	}
}

function readStamp(): Stamp | undefined {
	return existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp) : undefined;
}

function buildVariant(run: string): Stamp {
	const repo = process.cwd();
	copyProject(variant.root, repo);
	const plan = planImport({ from: join(repo, 'tests/fixtures/import-hostile'), to: join(variant.root, 'content/docs/artikel'), root: variant.root });
	if (plan.errors.length) throw new Error(plan.errors.join('\n'));
	applyImport(plan);
	const slug = plan.pages[0]!.slug;
	const indonesian = readFileSync(join(variant.root, 'content/docs/artikel', `${slug}.mdx`), 'utf8');
	const summary = readFileSync(join(repo, 'tests/fixtures/import-hostile/hostile.en.mdx'), 'utf8').replaceAll('{{slug}}', slug).replaceAll('{{sourceHash}}', sourceHashOf(indonesian));
	writeFileSync(join(variant.root, 'content/docs/en/artikel', `${slug}.mdx`), summary);
	buildInto(variant.dist, { BASE_PATH: variant.base, SITE_URL: variant.siteUrl, SEARCH_RECENT_ARTICLES: String(variant.recentArticles) }, variant.root);
	return { run, hostileSlug: slug };
}
