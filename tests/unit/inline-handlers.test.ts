import { describe, expect, test } from 'vitest';
import { inlineHandlers } from '../support/qa/inline-handlers.ts';

describe('inline handlers', () => {
	test('finds event handler attributes and javascript: URLs, nothing else', () => {
		expect(inlineHandlers('<button onclick="go()">Go</button><a href="javascript:void(0)">x</a>')).toEqual([
			'<button onclick>',
			'<a href>',
		]);
		expect(inlineHandlers('<a href="/online/" data-on="x">online</a>')).toEqual([]);
	});
});
