// Proposes quote candidates from the imported articles: npm run quotes -- [--check]
// Checked quotes and dropped entries in content/quotes/*.yaml are never changed; new finds go under `candidates:`.
// --check writes nothing and exits 1 while any candidate awaits review.
import { parseArgs } from 'node:util';
import { applyQuotePlan, planQuoteExtraction } from '../tooling/quotes/quote-run.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const plans = planQuoteExtraction('.');
for (const plan of plans.filter((p) => p.added.length)) {
	if (!values.check) applyQuotePlan('.', plan);
	console.log(`${plan.path}: ${plan.added.length} new candidate(s)`);
}
const proposed = plans.reduce((sum, plan) => sum + plan.added.length, 0);
const pending = plans.reduce((sum, plan) => sum + plan.file.candidates.length + plan.added.length, 0);
console.log(`${proposed} new candidate(s); ${pending} awaiting review under candidates:`);
if (values.check && pending) process.exit(1);
