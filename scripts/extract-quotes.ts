// Proposes quote candidates from the imported articles: npm run quotes -- [--check]
// Checked quotes and dropped entries in content/quotes/*.yaml are never changed; new finds go under `candidates:`.
// An article without a quote file gets one, with empty lists if nothing was found.
// --check writes nothing and exits 1 while any candidate awaits review or any article has no quote file.
import { parseArgs } from 'node:util';
import { applyQuotePlan, planQuoteExtraction } from '../tooling/quotes/quote-run.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const plans = planQuoteExtraction('.');
for (const plan of plans.filter((p) => p.added.length || !p.exists)) {
	if (!values.check) applyQuotePlan('.', plan);
	console.log(`${plan.path}: ${plan.exists ? '' : values.check ? 'missing, ' : 'new file, '}${plan.added.length} new candidate(s)`);
}
const missing = plans.filter((plan) => !plan.exists).length;
const proposed = plans.reduce((sum, plan) => sum + plan.added.length, 0);
const pending = plans.reduce((sum, plan) => sum + plan.file.candidates.length + plan.added.length, 0);
console.log(`${proposed} new candidate(s); ${pending} awaiting review under candidates:`);
if (values.check && (pending || missing)) process.exit(1);
