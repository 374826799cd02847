import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).freeze();

/** Parses an MDX body into mdast (remark-parse + remark-mdx): JSX and expressions become nodes, nothing is evaluated. */
export function parseMdx(body: string): Root {
	return processor.parse(body);
}
