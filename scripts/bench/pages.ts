import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { formatBytes, type BenchOptions, type BenchSection } from './bench-report.ts';
import { listBuiltPages, pageKind, pageTypes } from '../../src/build/built-pages.ts';
import { pathLocale } from '../../src/utils/urls.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { buildInto } from '../../tests/support/build-site.ts';
import { chromiumArgs, chromiumPath } from '../../tests/support/browser.ts';

/** What the weight budget counts: the page and what it needs to render, before search is opened. */
const budgetTypes = new Set(['Document', 'Stylesheet', 'Script', 'Font']);
const budgetBytes = 100 * 1024;

/**
 * Where a page type is opened when not at its own path: the search page with a query. The 404 page is opened as
 * /404.html (status 200), since Lighthouse refuses to audit a document answered with 404.
 */
const visit: Partial<Record<keyof typeof pageTypes, (path: string) => string>> = {
	search: (path) => `${path}?q=Konvensi`,
};

/** Starts the project's headless Chromium with a DevTools port for Lighthouse to attach to. */
async function startChromium(): Promise<{ chromium: ChildProcess; port: number }> {
	const chromium = spawn(await chromiumPath(), [...chromiumArgs, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
	const port = await new Promise<number>((resolve, reject) => {
		let output = '';
		chromium.stderr!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
			if (match) resolve(Number(match[1]));
		});
		chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${output}`)));
	});
	return { chromium, port };
}

/** Lighthouse (mobile profile) on one Indonesian page of each type, plus the compressed weight of each. */
export default async function pagesBench(options: BenchOptions): Promise<BenchSection[]> {
	const dist = join(options.scratch, 'pages-site');
	buildInto(dist, { BASE_PATH: '/' });
	const built = (await listBuiltPages(dist, '/')).filter((page) => pathLocale(page.path, '/') === 'id');
	const { server, url } = await startStaticServer({ root: dist });
	const { chromium, port } = await startChromium();
	const rows: BenchSection['rows'] = [];
	const notes: string[] = [];
	try {
		for (const [type, kind] of Object.entries(pageTypes) as Array<[keyof typeof pageTypes, string]>) {
			const page = built.find((candidate) => pageKind(candidate.path, '/') === kind);
			if (!page) {
				notes.push(`${type}: no built page of kind ${kind}`);
				continue;
			}
			const path = visit[type]?.(page.path) ?? page.path;
			const result = await lighthouse(new URL(path.slice(1), url).href, { port, output: 'json', logLevel: 'error' });
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { categories, audits } = result.lhr;
			const requests = (audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? [];
			const weight = requests.filter((request) => budgetTypes.has(request.resourceType ?? '')).reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			rows.push({
				'page type': type,
				path,
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best practices': score('best-practices'),
				SEO: score('seo'),
				'HTML+CSS+JS+fonts (gzip)': formatBytes(weight),
				budget: weight <= budgetBytes ? 'ok' : `over ${formatBytes(budgetBytes)}`,
			});
			for (const [id, category] of Object.entries(categories)) {
				const failing = category.auditRefs
					.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
					.map((ref) => `${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`);
				if (failing.length > 0) notes.push(`${type} ${id}: ${failing.join(', ')}`);
			}
		}
	} finally {
		chromium.kill();
		server.close();
	}
	return [{ title: 'Pages: Lighthouse (mobile profile) and transfer size, served gzipped from localhost', rows, notes }];
}
