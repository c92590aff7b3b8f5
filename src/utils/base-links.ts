import type { HastPluginDefinition } from 'satteri';
import { ensureTrailingSlash } from './path.ts';

/**
 * Puts the site base in front of a root-relative URL written in content (`/konvensi/`), so the same MDX works
 * when the site is deployed under a sub-path. Other URLs, and ones already under the base, stay as they are.
 * @example withBase('/konvensi/#ringkasan', '/konvensi-hanoi/') // → '/konvensi-hanoi/konvensi/#ringkasan'
 */
export function withBase(url: string, base: string): string {
	const root = ensureTrailingSlash(base);
	if (root === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(root)) return url;
	return root + url.slice(1);
}

/** The attributes that hold a URL, on HTML elements and on MDX components (`<LinkCard href>`). */
const urlAttributes = ['href', 'src'] as const;

/** What the visitors read of a node: element properties or MDX JSX attributes. */
interface LinkNode {
	properties?: Record<string, unknown>;
	attributes?: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
}

/** The current string value of a URL attribute of an element or an MDX component. */
function urlValue(node: LinkNode, name: string): string | undefined {
	const value =
		node.properties?.[name] ??
		node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
	return typeof value === 'string' ? value : undefined;
}

/**
 * A Sätteri hast plugin applying {@link withBase} to `href`/`src` of HTML elements and of MDX components
 * (LinkCard…); null for a root deploy, where there is nothing to rewrite.
 * @example markdown: { processor: satteri({ hastPlugins: [satteriBaseLinks('/konvensi-hanoi/')] }) }
 */
export function satteriBaseLinks(base: string): HastPluginDefinition | null {
	if (withBase('/', base) === '/') return null;
	const rewrite = (node: LinkNode, set: (name: string, value: string) => void) => {
		for (const name of urlAttributes) {
			const value = urlValue(node, name);
			if (value !== undefined && withBase(value, base) !== value) set(name, withBase(value, base));
		}
	};
	return {
		name: 'base-links',
		element: { filter: [], visit: (node, ctx) => rewrite(node, (name, value) => ctx.setProperty(node, name, value)) },
		mdxJsxFlowElement: { filter: [], visit: (node, ctx) => rewrite(node, (name, value) => ctx.setProperty(node, name, value)) },
		mdxJsxTextElement: { filter: [], visit: (node, ctx) => rewrite(node, (name, value) => ctx.setProperty(node, name, value)) },
	};
}
