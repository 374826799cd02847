/**
 * WCAG 2.1 A/AA (EN 301 549, DOS-lagen) with axe-core in a real browser: every page type, at
 * phone and desktop width, in light and dark colour scheme; the search page with results shown.
 */
import { describe, expect, inject, it } from 'vitest';
import { colorSchemes, demoSession, describeViolations, openPageType, pageTypes, runAxe, viewports } from '../helpers/browser.ts';

const { outDir } = inject('demo');
const types = pageTypes(outDir);
const session = demoSession();

for (const viewport of viewports) {
	for (const scheme of colorSchemes) {
		describe(`${viewport.name} ${viewport.width}×${viewport.height}, ${scheme}`, () => {
			it.each(types.map((t) => [t.name, t] as const))('%s has no WCAG 2.1 A/AA violations', async (_name, type) => {
				await session.page.setViewportSize({ width: viewport.width, height: viewport.height });
				await session.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
				await openPageType(session.page, session.site, type);
				const violations = await runAxe(session.page);
				expect(violations, `${type.path}\n${describeViolations(violations)}`).toEqual([]);
			});
		});
	}
}
