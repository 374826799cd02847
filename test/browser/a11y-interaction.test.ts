/**
 * What axe cannot see: every page type loads only from the site itself (no web fonts, no third
 * parties), reflows at 320 CSS px without horizontal scrolling (WCAG 1.4.10), shows a visible
 * focus indicator when tabbing (2.4.7), the skip link leads to the main content (2.4.1), and
 * smooth scrolling is off when the user prefers reduced motion (2.3.3).
 */
import { describe, expect, inject, it } from 'vitest';
import { demoSession, openPageType, pageTypes } from '../helpers/browser.ts';

const { outDir } = inject('demo');
const types = pageTypes(outDir);
const session = demoSession();

describe('requests', () => {
	it.each(types.map((t) => [t.name, t] as const))('%s loads only from the local origin, and no fonts', async (_name, type) => {
		const requests: string[] = [];
		const listener = (r: { url: () => string; resourceType: () => string }) => requests.push(`${r.resourceType()} ${r.url()}`);
		session.page.on('request', listener);
		try {
			await session.page.setViewportSize({ width: 1280, height: 900 });
			await openPageType(session.page, session.site, type);
			await session.page.waitForLoadState('networkidle');
		} finally {
			session.page.off('request', listener);
		}
		const foreign = requests.filter((r) => {
			const url = r.slice(r.indexOf(' ') + 1);
			return !url.startsWith(`${session.site.origin}/`) && !url.startsWith('data:');
		});
		expect(foreign, 'requests to other origins').toEqual([]);
		expect(
			requests.filter((r) => r.startsWith('font ')),
			'web fonts',
		).toEqual([]);
	});
});

describe('reflow at 320 CSS px', () => {
	it.each(types.map((t) => [t.name, t] as const))('%s has no horizontal scrolling', async (_name, type) => {
		await session.page.setViewportSize({ width: 320, height: 640 });
		await openPageType(session.page, session.site, type);
		const overflow = await session.page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => {
					// Content inside a focusable scroll container (wide tables) may scroll on its own.
					if (el.closest('.table-wrap')) return false;
					const r = el.getBoundingClientRect();
					return r.width > 0 && r.right > width + 1 && getComputedStyle(el).visibility !== 'hidden';
				})
				.slice(0, 5)
				.map(
					(el) =>
						`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`,
				);
			return { scrollWidth: document.documentElement.scrollWidth, width, wide };
		});
		expect(overflow.wide, `wider than ${overflow.width}px`).toEqual([]);
		expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
	});
});

describe('keyboard', () => {
	it('the first Tab shows the skip link, which moves focus to the main content', async () => {
		await session.page.setViewportSize({ width: 1280, height: 900 });
		await session.page.goto(session.site.url('/'));
		await session.page.keyboard.press('Tab');
		const skip = await session.page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const r = el.getBoundingClientRect();
			return { text: el.textContent?.trim(), href: el.getAttribute('href'), visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 };
		});
		expect(skip.href).toBe('#innehall');
		expect(skip.visible, 'skip link on screen when focused').toBe(true);
		await session.page.keyboard.press('Enter');
		expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('innehall');
	});

	it('every link and control reached with Tab on the start page has a visible focus outline', async () => {
		for (const scheme of ['light', 'dark'] as const) {
			await session.page.emulateMedia({ colorScheme: scheme });
			await session.page.goto(session.site.url('/'));
			const seen: string[] = [];
			for (let i = 0; i < 40; i++) {
				await session.page.keyboard.press('Tab');
				const focus = await session.page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el || el === document.body) return null;
					const s = getComputedStyle(el);
					return {
						tag: el.tagName.toLowerCase(),
						text: (el.textContent || (el as HTMLInputElement).name || '').trim().slice(0, 40),
						outline: s.outlineStyle,
						width: parseFloat(s.outlineWidth),
						color: s.outlineColor,
					};
				});
				if (!focus) break;
				seen.push(`${focus.tag} ${focus.text}`);
				expect(focus.outline, `${scheme}: ${focus.tag} “${focus.text}” has no focus outline`).not.toBe('none');
				expect(focus.width, `${scheme}: ${focus.tag} “${focus.text}” outline width`).toBeGreaterThanOrEqual(2);
			}
			expect(seen.length).toBeGreaterThan(10);
		}
		await session.page.emulateMedia({ colorScheme: 'light' });
	});
});

describe('motion', () => {
	it('scrolls smoothly only when the user has not asked for reduced motion', async () => {
		await session.page.goto(session.site.url('/'));
		await session.page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await session.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		await session.page.emulateMedia({ reducedMotion: 'no-preference' });
		expect(await session.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
	});
});
