import { parse } from 'node-html-parser';

/**
 * The start tags in a page that carry inline script: `on*=` event handler attributes or `javascript:` URLs.
 * A strict Content-Security-Policy blocks both, and they mix behaviour into markup.
 * @example inlineHandlers('<button onclick="go()">Go</button>') // → ['<button onclick>']
 */
export function inlineHandlers(html: string): string[] {
	return parse(html)
		.querySelectorAll('*')
		.flatMap((element) =>
			Object.entries(element.attributes)
				.filter(([name, value]) => /^on/i.test(name) || /^\s*javascript:/i.test(value))
				.map(([name]) => `<${element.rawTagName} ${name}>`),
		);
}
