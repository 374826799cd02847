import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { meetingBodyParts } from '../../src/lib/meeting-body-parts.ts';
import { renderMeeting } from '../../src/loaders/render-meeting.ts';

/** Renders `mdx` and returns the HTML and every warning. */
function render(mdx: string): { html: string; warnings: string[] } {
	const warnings: string[] = [];
	const html = renderMeeting(mdx, (message: string, node: Nodes) => warnings.push(`${node.position?.start.line ?? '?'}: ${message}`));
	return { html, warnings };
}

describe('the components the converter writes', () => {
	it('render an item as Item.astro did, with slots for its data and hidden search words', () => {
		const { html, warnings } = render('<Item anchor="punkt-3" title="Budget &amp; mål" number="3">\n  Text.\n\n  ### Rubrik\n</Item>\n');
		expect(warnings).toEqual([]);
		expect(html).toBe(
			'<section class="item" aria-labelledby="punkt-3">\n\t<h2 id="punkt-3">3. Budget &amp; mål</h2>\n\t<!--item-meta punkt-3-->\n\t<div class="item-body">\n\t\t<p>Text.</p><h3>Rubrik</h3>\n\t</div>\n\t<!--item-terms punkt-3-->\n</section>',
		);
		expect(meetingBodyParts(html).map((part) => (part.type === 'html' ? 'html' : `${part.type}:${part.anchor}`))).toEqual([
			'html',
			'meta:punkt-3',
			'html',
			'terms:punkt-3',
			'html',
		]);
	});

	it('render an item without a number with its title only', () => {
		expect(render('<Item anchor="punkt-avslutning" title="Avslutning">\n  Slut.\n</Item>\n').html).toContain('<h2 id="punkt-avslutning">Avslutning</h2>');
	});

	it('render decisions inline and as blocks, and days', () => {
		const { html } = render(
			'<Day title="Onsdag" />\n\nVi <Decision kind="decision">beslutade så.</Decision>\n\n<Decision kind="assignment" display="block">\n  Hela stycket.\n</Decision>\n',
		);
		expect(html).toContain('<h2 class="day">Onsdag</h2>');
		expect(html).toContain('<p>Vi <strong class="decision decision-decision">beslutade så.</strong></p>');
		expect(html).toContain('<div class="decision decision-block decision-assignment"><p>Hela stycket.</p></div>');
	});

	it('escape text: markup in the minutes is shown, never passed through', () => {
		const { html } = render('a &lt;b&gt; c\n');
		expect(html).toBe('<p>a &lt;b> c</p>');
	});
});

describe('MDX that the converter does not write', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'protokollarkiv-never-run-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const probe = path.join(dir, 'probe.mjs');
	writeFileSync(probe, 'globalThis.__protokollarkivImported = true;\nexport const value = 1;\n');
	const flags = () => ({
		imported: (globalThis as Record<string, unknown>).__protokollarkivImported,
		ran: (globalThis as Record<string, unknown>).__protokollarkivRan,
	});

	it('never runs an expression, an import, an export or an expression attribute', () => {
		const mdx = [
			`import { value } from ${JSON.stringify(probe)}`,
			'',
			'export const x = (globalThis.__protokollarkivRan = "export")',
			'',
			'{globalThis.__protokollarkivRan = "flow expression"}',
			'',
			'Text {globalThis.__protokollarkivRan = "text expression"} and {value}.',
			'',
			'<Item anchor="punkt-1" title={globalThis.__protokollarkivRan = "attribute"} {...globalThis}>',
			'  Inside.',
			'</Item>',
			'',
		].join('\n');
		const { html, warnings } = render(mdx);
		expect(flags()).toEqual({ imported: undefined, ran: undefined });
		expect(html).not.toContain('globalThis');
		expect(html).not.toContain('import');
		expect(html).toContain('<p>Text  and .</p>');
		expect(html).toContain('Inside.');
		expect(warnings).toEqual([
			'1: an import or export was left out (never evaluated)',
			'3: an import or export was left out (never evaluated)',
			'5: an expression was left out (never evaluated)',
			'7: an expression was left out (never evaluated)',
			'7: an expression was left out (never evaluated)',
			'9: an attribute of <Item> that is not a string was left out (never evaluated)',
			'9: an attribute of <Item> that is not a string was left out (never evaluated)',
		]);
	});

	it('shows only the text of other elements and of links to other schemes', () => {
		const { html, warnings } = render(
			'<script>alert(1)</script>\n\n<div onclick="alert(2)">Text</div>\n\n[klick](javascript:alert\\(3\\)) och [webb](https://example.org/)\n',
		);
		expect(html).not.toMatch(/<script|<div|onclick|javascript:/);
		expect(html).toContain('alert(1)');
		expect(html).toContain('<p>klick och <a href="https://example.org/">webb</a></p>');
		expect(warnings).toEqual([
			'1: <script> is not a component the converter writes: only its text is shown',
			'3: <div> is not a component the converter writes: only its text is shown',
			'5: a link to “javascript:alert(3)” was shown as text only',
		]);
	});
});
