import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { hasAnchor } from '../../src/utils/citations.ts';

// Every role of a person named in an article points at the article paragraph that states it, or (for a role
// with dates the articles do not give) at a public source stored in content/references.
const people = readdirSync('content/people').filter((f) => f.endsWith('.yaml'));
const referenceUrls = readdirSync('content/references').map((f) => (parse(readFileSync(join('content/references', f), 'utf8')) as { url: string }).url);

test.each(people)('%s: each role source is an imported article (and paragraph) that names the person', (file) => {
	const person = parse(readFileSync(join('content/people', file), 'utf8')) as { name: string; aliases?: string[]; roles: { source: string }[] };
	expect(person.roles.length).toBeGreaterThan(0);
	for (const { source } of person.roles) {
		if (source.startsWith('https:')) {
			expect(referenceUrls, source).toContain(source);
			continue;
		}
		const match = /^artikel\/([a-z0-9-]+)(?:#(p-\d+))?$/u.exec(source);
		expect(match, source).not.toBeNull();
		const page = readFileSync(join('content/docs/artikel', `${match![1]}.mdx`), 'utf8');
		if (match![2]) {
			expect(hasAnchor(page, match![2]), source).toBe(true);
			const paragraph = page.split('\n').find((line) => line.includes(`id="${match![2]}"`))!;
			expect([person.name, ...(person.aliases ?? [])].some((name) => paragraph.includes(name)), source).toBe(true);
		}
		expect(page).toContain(`    - ${file.replace(/\.yaml$/u, '')}\n`);
	}
});
