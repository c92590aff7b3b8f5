import { describe, expect, test } from 'vitest';
import { newCandidates, type QuoteFile } from '../../tooling/quotes/quote-curation.ts';

describe('curation survives re-extraction', () => {
	const file: QuoteFile = {
		article: 'artikel/a',
		quotes: [{ id: 'dang-hoang-giang-2025-10-08-x', kind: 'direct', speaker: 'dang-hoang-giang', paragraph: 'p-1', text: 'Kata-kata yang dipangkas' }],
		candidates: [],
		dropped: [{ paragraph: 'p-2', text: 'Sekretaris Jenderal mengonfirmasi kehadirannya.', reason: 'not named' }],
	};
	test('a checked quote (even trimmed, with another speaker) and a dropped entry are not proposed again; a new find is', () => {
		const taken = new Set(['dang-hoang-giang-2025-10-08-x']);
		const added = newCandidates(
			file,
			[
				{ kind: 'direct', speaker: 'le-xuan-minh', paragraph: 'p-1', text: 'Ini Kata-kata yang dipangkas sedikit', idText: 'Ini' },
				{ kind: 'reported', paragraph: 'p-2', text: 'Sekretaris Jenderal mengonfirmasi kehadirannya.', idText: 'kehadirannya' },
				{ kind: 'reported', speaker: 'le-xuan-minh', paragraph: 'p-3', text: 'Mayor Jenderal Le Xuan Minh menegaskan bahwa kerja sama internasional penting.', idText: 'kerja sama internasional penting.' },
			],
			'2025-10-08',
			taken,
		);
		expect(added).toEqual([
			{ id: 'le-xuan-minh-2025-10-08-kerja-sama-internasional', kind: 'reported', speaker: 'le-xuan-minh', paragraph: 'p-3', text: 'Mayor Jenderal Le Xuan Minh menegaskan bahwa kerja sama internasional penting.', tags: ['kerja-sama-internasional'] },
		]);
		expect(taken.has('le-xuan-minh-2025-10-08-kerja-sama-internasional')).toBe(true);
	});
});
