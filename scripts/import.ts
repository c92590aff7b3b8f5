// Imports raw articles into MDX pages: npm run import -- [--from dir] [--to dir] [--check] [--force]
// --check also checks the English pages of the articles against them (tooling/importer/translation-check.ts).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { applyImport, planImport } from '../tooling/importer/import-run.ts';
import { checkTranslations } from '../tooling/importer/translation-check.ts';

const { values } = parseArgs({
	options: {
		from: { type: 'string', default: 'content/sources' },
		to: { type: 'string', default: 'content/docs/artikel' },
		english: { type: 'string', default: 'content/docs/en/artikel' },
		check: { type: 'boolean', default: false },
		force: { type: 'boolean', default: false },
	},
});

const started = performance.now();
const plan = planImport({ from: values.from, to: values.to, root: process.cwd(), force: values.force });
if (plan.errors.length) {
	for (const error of plan.errors) console.error(error);
	console.error(`import failed: ${plan.errors.length} error(s); nothing in ${values.to} was changed`);
	process.exit(1);
}
for (const page of plan.pages) {
	if (page.status === 'hand-edited') console.warn(`${page.path}: edited by hand since the last import; kept (use --force to overwrite)`);
}
const ms = Math.round(performance.now() - started);
if (values.check) {
	const stale = plan.pages.filter((page) => page.status === 'new' || page.status === 'updated');
	for (const page of stale) console.error(`${page.path}: ${page.status === 'new' ? 'missing' : 'differs from what the importer writes'} (from ${page.source})`);
	console.log(`checked ${plan.pages.length} articles in ${ms} ms: ${stale.length ? `${stale.length} out of date; run npm run import` : 'up to date'}`);
	const english = checkTranslations({ articles: values.to, english: values.english, root: process.cwd() });
	for (const warning of english.warnings) console.warn(warning);
	for (const error of english.errors) console.error(error);
	console.log(
		`checked English pages: ${english.full} translated, ${english.summary} summary only${english.errors.length ? `, ${english.errors.length} error(s)` : ''}`,
	);
	process.exit(stale.length || english.errors.length ? 1 : 0);
}
const written = applyImport(plan);
const count = (status: string) => plan.pages.filter((page) => page.status === status).length;
console.log(
	`imported ${plan.pages.length} articles in ${Math.round(performance.now() - started)} ms: ${written} written, ${count('unchanged')} unchanged, ${count('hand-edited')} hand-edited kept`,
);
