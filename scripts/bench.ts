/**
 * npm run bench [-- --only site,search,scale] [--articles 100,1000,10000] [--json figures.json]
 * Runs each benchmark section (scripts/bench/<name>.ts) and prints its table; nothing here is a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSection, type BenchOptions, type BenchSection } from './bench/bench-report.ts';

const { values } = parseArgs({
	options: { only: { type: 'string' }, articles: { type: 'string', default: '100' }, json: { type: 'string' } },
});
/** The sections, each scripts/bench/<name>.ts with a default export; the folder's other modules are their helpers. */
const available = ['pages', 'rebuild', 'scale', 'search', 'site'];
const chosen = values.only ? values.only.split(',') : available;
const unknown = chosen.filter((name) => !available.includes(name));
if (unknown.length > 0) throw new Error(`Unknown bench section(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);

const scratch = join(tmpdir(), 'konvensi-hanoi-bench');
mkdirSync(scratch, { recursive: true });
const options: BenchOptions = { articles: values.articles.split(',').map(Number), scratch };
const sections: BenchSection[] = [];
for (const name of chosen) {
	const module = (await import(`./bench/${name}.ts`)) as { default: (options: BenchOptions) => Promise<BenchSection[]> };
	for (const section of await module.default(options)) {
		sections.push(section);
		console.log(`\n${formatSection(section)}`);
	}
}
if (values.json) writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), sections }, null, '\t')}\n`);
