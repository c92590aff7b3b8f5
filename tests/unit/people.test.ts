import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { namesPerson, personForName, personNames } from '../../src/utils/people.ts';
import { fixturePeople as people } from '../support/fixtures.ts';

describe('people', () => {
	test('every written form of a name leads to one person, diacritics and case aside', () => {
		const forms = personNames({ name: 'Le Xuan Minh', nativeName: 'Lê Xuân Minh', aliases: ['Mayor Jenderal Le Xuan Minh', 'Le Xuan Minh'] });
		expect(forms).toEqual(['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh']);
		for (const written of ['Le Xuan Minh', 'Lê Xuân Minh', 'Mayor Jenderal Le Xuan Minh', 'mayor jenderal  LÊ XUÂN MINH']) {
			expect(personForName(people, written), written).toBe('le-xuan-minh');
		}
		expect(personForName(people, 'Le Xuan')).toBeUndefined();
		expect(namesPerson('… ujar Mayor Jenderal Lê Xuân Minh.', ['Le Xuan Minh'])).toBe(true);
		expect(namesPerson('… ujar Wakil Menteri.', ['Le Xuan Minh'])).toBe(false);
	});
	test('each person in content/people is reachable from each of their written forms, and no form names two people', () => {
		const all = readdirSync('content/people')
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => ({ id: name.replace(/\.yaml$/u, ''), names: personNames(parse(readFileSync(join('content/people', name), 'utf8'))) }));
		for (const { id, names } of all) for (const name of names) expect(personForName(all, name)).toBe(id);
	});
});
