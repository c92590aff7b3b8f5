import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBuiltSite } from '../support/qa/link-check.ts';
import { siteDist } from '../support/site-dist.ts';

/** The origin the test build was made for (tests/support/build-site.ts passes SITE_URL through). */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';

describe('links', () => {
	test('every internal link and anchor of every built page resolves', async () => {
		const { pages, links, broken } = await checkBuiltSite(resolve(siteDist), new URL('/', siteUrl).href);
		expect(pages).toBeGreaterThanOrEqual(7);
		expect(links).toBeGreaterThan(pages * 10);
		expect(broken).toEqual([]);
	});
});
