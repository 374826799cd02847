import type { ElementContent } from 'hast';
import type { Link, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, type Handler, type Handlers, type State } from 'mdast-util-to-hast';
import type { MeetingComponent } from './meeting-components.ts';

/** Reports something in a file that was not rendered as written, with the node it concerns. */
export type Warn = (message: string, node: Nodes) => void;

/** Link addresses that may be kept: relative ones and the web and mail schemes. */
const safeHref = /^(?:https?:|mailto:|[^:]*$)/i;

// Elements named in `components` are rendered by them from their string attributes. Nothing else MDX can express is
// ever run: other elements keep only their text; expressions (`{…}`), expression attributes and `import`/`export` are
// dropped; links to other schemes than the web's and mail's (`javascript:`) keep their text only; each with a warning.

/** The mdast → hast handlers for what MDX adds to Markdown: our components rendered, everything else never run. */
export function mdxHandlers(components: Readonly<Record<string, MeetingComponent>>, warn: Warn): Handlers {
	const jsx = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): ElementContent | ElementContent[] => {
		const name = node.name ?? '';
		const component = Object.hasOwn(components, name) ? components[name] : undefined;
		const props: Record<string, string> = {};
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') props[attribute.name] = attribute.value;
			else warn(`an attribute of <${name}> that is not a string was left out (never evaluated)`, node);
		}
		const children = state.all(node);
		if (!component) {
			warn(`<${name}> is not a component the converter writes: only its text is shown`, node);
			return children;
		}
		return component(props, children);
	};
	const drop =
		(what: string): Handler =>
		(_state, node: Nodes) => {
			warn(`${what} was left out (never evaluated)`, node);
			return undefined;
		};
	const link: Handler = (state, node: Link) => {
		if (safeHref.test(node.url)) return defaultHandlers.link(state, node);
		warn(`a link to “${node.url}” was shown as text only`, node);
		return state.all(node);
	};
	return {
		mdxJsxFlowElement: jsx as Handler,
		mdxJsxTextElement: jsx as Handler,
		mdxFlowExpression: drop('an expression'),
		mdxTextExpression: drop('an expression'),
		mdxjsEsm: drop('an import or export'),
		link,
	};
}
