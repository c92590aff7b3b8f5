import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	asOfDate,
	checkStateFiles,
	formatProblem,
	stateStatus,
	storySince,
	trackerFigures,
	type StateRecord,
} from '../../src/utils/states.ts';
import { reportedHanoiTotal } from '../../src/utils/signatories.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const readDir = (dir: string) =>
	readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({ file: join(dir, file), text: readFileSync(join(dir, file), 'utf8') }));

const record = (fields: Partial<StateRecord>): StateRecord => ({
	name: { id: 'Contoh', en: 'Example' },
	iso: 'XXX',
	kind: 'state',
	...fields,
});
const hanoi = { date: day('2025-10-25'), place: 'Hanoi' as const, citations: ['a'] };

describe('the state records in content/states/', () => {
	test('agree with each other and with the reported Hanoi total (a problem prints as file:line)', () => {
		const counts = readDir('content/signatory-counts').map(({ text }) => parseYaml(text));
		const problems = checkStateFiles(readDir('content/states'), reportedHanoiTotal(counts)).map(formatProblem);
		expect(problems).toEqual([]);
	});
});

describe('checkStateFiles', () => {
	const check = (text: string, reported = 72) => checkStateFiles([{ file: 'content/states/xxx.yaml', text }], reported).map(formatProblem);

	test('names the file and line of a date before 25 October 2025', () => {
		expect(check('name: { id: A, en: A }\nsignature:\n  date: 2025-10-24\n  place: Hanoi\n')).toEqual([
			'content/states/xxx.yaml:3: signature date 2025-10-24 is before the Convention opened for signature (25 October 2025)',
		]);
		expect(check('signature:\n  date: 2025-10-25\n  place: Hanoi\nratification:\n  kind: ratification\n  reported: 2024-01-01\n')).toEqual([
			'content/states/xxx.yaml:6: ratification reported 2024-01-01 is before the Convention opened for signature (25 October 2025)',
		]);
	});

	test('rejects a ratification without a signature, but not an accession', () => {
		expect(check('name: { id: A, en: A }\nratification:\n  kind: ratification\n  reported: 2026-01-01\n')).toEqual([
			'content/states/xxx.yaml:3: a ratification, acceptance or approval needs a signature; without one it must be kind: accession',
		]);
		expect(check('ratification:\n  kind: accession\n  reported: 2026-01-01\n')).toEqual([]);
	});

	test('rejects a Hanoi signature after the ceremony, a New York one during it, and a ratification before signing', () => {
		expect(check('signature:\n  date: 2025-11-19\n  place: Hanoi\n')).toHaveLength(1);
		expect(check('signature:\n  date: 2025-10-26\n  place: New York\n')).toHaveLength(1);
		expect(check('signature:\n  date: 2025-11-19\n  place: New York\nratification:\n  kind: ratification\n  date: 2025-11-01\n  reported: 2025-11-20\n')).toEqual([
			'content/states/xxx.yaml:6: ratification date is before the signature date',
		]);
	});

	test('rejects a record both signed and marked as not signed', () => {
		expect(check('signature:\n  place: Hanoi\nnotSigned:\n  citations: [a]\n')[0]).toMatch(/^content\/states\/xxx\.yaml:4: .*both/u);
	});

	test('fails when more records signed in Hanoi than the reported Hanoi total', () => {
		const files = ['a', 'b', 'c'].map((id) => ({ file: `content/states/${id}.yaml`, text: 'signature:\n  place: Hanoi\n' }));
		expect(checkStateFiles(files, 3)).toEqual([]);
		expect(checkStateFiles(files, 2).map(formatProblem)).toEqual([
			'content/states/c.yaml:2: 3 records signed in Hanoi, more than the 2 that the reported Hanoi total allows (content/signatory-counts/)',
		]);
	});

	test('reports YAML that does not parse at its line', () => {
		expect(check('name:\n  id: [unclosed\n')[0]).toMatch(/^content\/states\/xxx\.yaml:\d+: /u);
	});
});

describe('stateStatus and trackerFigures', () => {
	const records = [
		record({ iso: 'AAA', signature: hanoi, ratification: { kind: 'ratification', reported: day('2026-02-10'), unconfirmed: false, citations: ['b'] } }),
		record({ iso: 'BBB', signature: hanoi }),
		record({ iso: 'CCC', signature: { date: day('2025-11-19'), place: 'New York', citations: ['c'] } }),
		record({ iso: 'DDD', notSigned: { citations: ['d'] } }),
	];

	test('a record is ratified, signed or not signed by its strongest step', () => {
		expect(records.map(stateStatus)).toEqual(['ratified', 'signed', 'signed', 'not-signed']);
	});

	test('signatories are the reported Hanoi total plus the New York signatures; the rest of Hanoi is unnamed', () => {
		expect(trackerFigures(records, 5)).toEqual({
			named: 3,
			namedHanoi: 2,
			reportedHanoi: 5,
			unnamedHanoi: 3,
			newYork: 1,
			signatories: 6,
			ratifications: 1,
			needed: 40,
		});
	});

	test('the story since Hanoi lists later signatures and ratifications, oldest first, marking report dates', () => {
		const story = storySince(records);
		expect(story.map((step) => [step.record.iso, step.step, step.dateIsReport])).toEqual([
			['CCC', 'signature', false],
			['AAA', 'ratification', true],
		]);
	});

	test('the as-of date is the newest source or record date', () => {
		const published = new Map([['b', day('2026-05-26')]]);
		expect(asOfDate(records, (id) => published.get(id))).toEqual(day('2026-05-26'));
		expect(asOfDate(records, () => undefined)).toEqual(day('2026-02-10'));
	});
});
