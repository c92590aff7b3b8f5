/**
 * Puts the site base in front of a root-relative URL written in content (`/konvensi/`), so the same MDX works
 * when the site is deployed under a sub-path. Other URLs, and ones already under the base, stay as they are.
 * @example withBase('/konvensi/#ringkasan', '/konvensi-hanoi/') // → '/konvensi-hanoi/konvensi/#ringkasan'
 */
export function withBase(url: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (root === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(root)) return url;
	return root + url.slice(1);
}

/** The parts of a hast / MDX tree the plugin reads: elements with properties, JSX elements with attributes. */
interface TreeNode {
	type: string;
	properties?: Record<string, unknown>;
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	children?: TreeNode[];
}

const urlAttributes = new Set(['href', 'src']);

/**
 * A rehype plugin applying {@link withBase} to `href`/`src` of HTML elements and of MDX components (LinkCard…).
 * @example markdown: { rehypePlugins: [[rehypeBaseLinks, { base: '/konvensi-hanoi/' }]] }
 */
export function rehypeBaseLinks({ base }: { base: string }) {
	const visit = (node: TreeNode): void => {
		for (const name of urlAttributes) {
			const value = node.properties?.[name];
			if (typeof value === 'string') node.properties![name] = withBase(value, base);
		}
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxAttribute' && urlAttributes.has(attribute.name ?? '') && typeof attribute.value === 'string') {
				attribute.value = withBase(attribute.value, base);
			}
		}
		node.children?.forEach(visit);
	};
	return (tree: TreeNode) => visit(tree);
}
