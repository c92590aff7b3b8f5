import { describe, expect, test } from 'vitest';
import { shareImageSvg, wrapTitle } from '../../src/utils/share-image.ts';

describe('share image', () => {
	test('wraps a title at word boundaries and marks a cut with …', () => {
		expect(wrapTitle('Apa itu Konvensi Hanoi?', 12, 3)).toEqual(['Apa itu', 'Konvensi', 'Hanoi?']);
		expect(wrapTitle('satu dua tiga empat lima', 9, 2)).toEqual(['satu dua', 'tiga…']);
		const svg = shareImageSvg({ site: 'Konvensi Hanoi', title: 'A & <B>', label: 'Báo Thế giới & Việt Nam' });
		expect(svg).toContain('A &amp; &lt;B&gt;');
		expect(svg).toContain('Báo Thế giới &amp; Việt Nam');
	});
});
