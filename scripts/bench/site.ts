import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatBytes, type BenchOptions, type BenchSection } from './bench-report.ts';

/** Build time of the real site and the size of what it writes. */
export default async function siteBench(options: BenchOptions): Promise<BenchSection[]> {
	const outDir = join(options.scratch, 'site');
	const started = performance.now();
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { stdio: 'ignore' });
	const seconds = (performance.now() - started) / 1000;
	const size = (path: string) => Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
	return [
		{
			title: 'Site build (real content)',
			rows: [{ 'build + index (s)': seconds.toFixed(1), 'dist/': formatBytes(size(outDir)), 'dist/pagefind/': formatBytes(size(join(outDir, 'pagefind'))) }],
		},
	];
}
