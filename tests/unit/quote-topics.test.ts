import { expect, test } from 'vitest';
import { topicTags } from '../../tooling/quotes/quote-topics.ts';

test('topic tags come from a fixed vocabulary', () => {
	expect(topicTags('… ekstradisi pelaku kejahatan dan penipuan')).toEqual(['ekstradisi', 'penipuan']);
	expect(topicTags('Selamat pagi')).toEqual([]);
});
