import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxAttribute, mdxText } from '../../tooling/importer/mdx-text.ts';

// The site's real MDX compiler (Sätteri, as Astro runs it) with Starlight's directives, GFM and smart punctuation on.
const features = { directive: true, gfm: true, smartPunctuation: true } as const;

interface Node {
	type: string;
	value?: string;
	name?: string;
	children?: Node[];
	attributes?: { name: string; value: string | { value: string } }[];
}

/** What the reader gets from a compiled node: text as is, expressions evaluated as JavaScript. */
function rendered(node: Node): string {
	if (node.type === 'text') return node.value ?? '';
	if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return String(new Function(`return (${node.value})`)());
	return (node.children ?? []).map(rendered).join('');
}

function elementNamed(node: Node, name: string): Node | undefined {
	if (node.name === name) return node;
	for (const child of node.children ?? []) {
		const found = elementNamed(child, name);
		if (found) return found;
	}
	return undefined;
}

/** Deterministic pseudo-random generator so a failure can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		return seed / 2 ** 31;
	};
}

const hostile = [
	'{', '}', '<', '>', '`', '```', '*', '_', '~', '#', '[', ']', '(', ')', '!', '|', '\\', '"', "'", '&', ';', ':', '-', '--', '...', '=',
	'+', '$', '^', '%', '@', '/', '.', ',', '\t', ' ', 'import x from "y"', 'export const a = 1', '<script>alert(1)</script>',
	'<!-- c -->', '{/* c */}', ':::note', ':abbr[x]', '::leaf', '&amp;', '&#123;', '${x}', '\u2028', 'é', 'Đ', '👍', '1.', '> ',
	'# ', '    ', 'http://a.b', 'www.x.com', 'a@b.co', '[^1]', '<Cite src="x" />', '<P>', 'a', 'Vietnam', '0',
];
function hostileString(next: () => number): string {
	const parts = Array.from({ length: 1 + Math.floor(next() * 12) }, () => hostile[Math.floor(next() * hostile.length)]!);
	return parts.join(next() < 0.5 ? '' : ' ').replace(/\n/gu, ' ').trim() || 'x';
}

describe('mdxText', () => {
	test('plain words stay readable; anything else becomes a string expression', () => {
		expect(mdxText('Arti khusus')).toBe('Arti khusus');
		expect(mdxText('Konsensus dan solidaritas 2025')).toBe('Konsensus dan solidaritas 2025');
		expect(mdxText('Foto: LV')).toBe('{"Foto: LV"}');
		expect(mdxText('a {b} <c>')).toBe('{"a {b} <c>"}');
	});

	test('fuzz: 600 hostile strings render literally as paragraph, heading, caption and attribute', () => {
		const next = random(20251025);
		for (let i = 0; i < 600; i++) {
			const text = hostileString(next);
			const source = [
				`<ArticleParagraph id="p-1">${mdxText(text)}</ArticleParagraph>`,
				`## ${mdxText(text)}`,
				`<figure><figcaption>${mdxText(text)}</figcaption></figure>`,
				`<PullQuote attribution=${mdxAttribute(text)}>${mdxText(text)}</PullQuote>`,
			].join('\n\n');
			const tree = mdxToHast(source, { features }) as Node;
			const context = { text, source };
			expect({ ...context, got: rendered(elementNamed(tree, 'ArticleParagraph')!) }).toEqual({ ...context, got: text });
			const heading = tree.children!.find((n) => n.type === 'element' && (n as { tagName?: string }).tagName === 'h2')!;
			expect({ ...context, got: rendered(heading) }).toEqual({ ...context, got: text });
			expect({ ...context, got: rendered(elementNamed(tree, 'figcaption')!) }).toEqual({ ...context, got: text });
			const quote = elementNamed(tree, 'PullQuote')!;
			const attribution = quote.attributes!.find((a) => a.name === 'attribution')!.value as { value: string };
			expect({ ...context, got: String(new Function(`return (${attribution.value})`)()) }).toEqual({ ...context, got: text });
			expect({ ...context, got: rendered(quote) }).toEqual({ ...context, got: text });
			// And the page compiles to JavaScript without error.
			mdxToJs(source, { features, jsxImportSource: 'astro' });
		}
	});
});
