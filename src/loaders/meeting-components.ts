import type { Element, ElementContent, Properties } from 'hast';
import { itemSlotMarker } from './item-slot-marker.ts';

/** Renders one MDX component the converter writes, from its string attributes and its rendered children. */
export type MeetingComponent = (props: Readonly<Record<string, string>>, children: ElementContent[]) => ElementContent | ElementContent[];

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * An item (`<Item anchor number title>`): the section with its heading and text that `Item.astro` rendered until issue 17, with two
 * comments where the page puts what comes from the archive's data (cases, topics, participants; hidden search words).
 */
const Item: MeetingComponent = ({ anchor = '', number, title = '' }, children) =>
	element('section', { className: ['item'], ariaLabelledBy: [anchor] }, [
		text('\n\t'),
		element('h2', { id: anchor }, [text(`${number ? `${number}. ` : ''}${title}`)]),
		text('\n\t'),
		{ type: 'comment', value: itemSlotMarker('meta', anchor) },
		text('\n\t'),
		element('div', { className: ['item-body'] }, [text('\n\t\t'), ...children, text('\n\t')]),
		text('\n\t'),
		{ type: 'comment', value: itemSlotMarker('terms', anchor) },
		text('\n'),
	]);

/** A decision sentence (`<strong>`) or, with `display="block"`, a whole paragraph (`<div>`), as `Decision.astro` rendered it until issue 17. */
const Decision: MeetingComponent = ({ kind, display }, children) =>
	display === 'block'
		? element('div', { className: ['decision', 'decision-block', `decision-${kind}`] }, children)
		: element('strong', { className: ['decision', `decision-${kind}`] }, children);

/** The heading of a day of a meeting that lasts several days, as `Day.astro` rendered it until issue 17. */
const Day: MeetingComponent = ({ title = '' }) => element('h2', { className: ['day'] }, [text(title)]);

/** The MDX components the converter writes (scripts/pipeline/emit), by name, rendered to hast. */
export function meetingComponents(): Readonly<Record<string, MeetingComponent>> {
	return { Item, Decision, Day };
}
