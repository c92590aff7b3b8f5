import type { HTMLElement } from 'node-html-parser';

/** Indonesian function words: common in any Indonesian sentence, absent from English ones. */
const indonesianWords = new Set(
	'yang dan dengan untuk dalam ini adalah pada dari oleh akan telah sebagai tidak itu juga bahwa kami mereka atau dapat para secara terhadap tersebut'.split(' '),
);

/**
 * Sentences of an element's text that read as Indonesian (three or more distinct Indonesian function words), leaving
 * out what is marked as another language (`lang` other than `en`), scripts and styles.
 * @example indonesianSentences(parse('<p>Ini adalah teks yang dimuat dalam bahasa Indonesia.</p>')) // → ['Ini adalah teks …']
 */
export function indonesianSentences(root: HTMLElement): string[] {
	const copy = root.clone() as HTMLElement;
	for (const element of copy.querySelectorAll('[lang], script, style, template')) {
		const lang = element.getAttribute('lang');
		if (lang === undefined || !/^en\b/u.test(lang)) element.remove();
	}
	return copy.textContent
		.split(/(?<=[.!?])\s+|\n+/u)
		.map((sentence) => sentence.replace(/\s+/gu, ' ').trim())
		.filter((sentence) => new Set(sentence.toLowerCase().match(/\p{L}+/gu)?.filter((word) => indonesianWords.has(word))).size >= 3);
}
