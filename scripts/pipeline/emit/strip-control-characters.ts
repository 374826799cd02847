import type { Nodes, Root } from 'mdast';

// C0 and C1 control characters other than tab and line feed: MDX turns NUL into U+FFFD and the rest mean nothing on a page.
const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A copy of a tree whose text and attribute values hold no control characters (the pipeline normally removed them already). */
export function stripControlCharacters(tree: Root): Root {
	const visit = <T extends Nodes>(node: T): T => {
		const copy = { ...node } as T & { value?: unknown; attributes?: { type: string; value?: unknown }[]; children?: Nodes[] };
		if (copy.type === 'text' && typeof copy.value === 'string') copy.value = copy.value.replace(control, '');
		if (copy.attributes) {
			copy.attributes = copy.attributes.map((attribute) =>
				typeof attribute.value === 'string' ? { ...attribute, value: attribute.value.replace(control, '') } : attribute,
			);
		}
		if (copy.children) copy.children = copy.children.map((child) => visit(child));
		return copy;
	};
	return visit(tree);
}
