import path from 'node:path';
import { launchBrowser, openPageType, pageTypes, serveSite } from './test/helpers/browser.ts';
const outDir = path.resolve('dist');
const site = await serveSite(outDir, '/');
const browser = await launchBrowser();
const page = await browser.newPage();
const only = process.argv[2]?.split(',');
for (const type of pageTypes(outDir)) {
	if (only && !only.includes(type.name)) continue;
	for (const [w, h] of [[360, 740], [1280, 900]]) for (const scheme of ['light', 'dark'] as const) {
		await page.setViewportSize({ width: w, height: h });
		await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
		await openPageType(page, site, type);
		const full = await page.evaluate(() => document.documentElement.scrollHeight);
		await page.screenshot({ path: `/tmp/shots/${type.name}-${w}-${scheme}.png`, clip: { x: 0, y: 0, width: w, height: Math.min(full, w < 500 ? 2600 : 1800) }, fullPage: true });
	}
}
// Print rendering of the meeting
const meeting = pageTypes(outDir).find((t) => t.name === 'meeting')!;
await page.emulateMedia({ colorScheme: 'light', media: 'print' });
await page.goto(site.url(meeting.path));
await page.pdf({ path: '/tmp/shots/meeting-print.pdf', format: 'A4', printBackground: true });
// Focus on a link
await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(site.url('/'));
for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
await page.screenshot({ path: '/tmp/shots/focus-light.png', clip: { x: 0, y: 0, width: 1280, height: 400 } });
await page.emulateMedia({ colorScheme: 'dark' });
for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
await page.screenshot({ path: '/tmp/shots/focus-dark.png', clip: { x: 0, y: 0, width: 1280, height: 900 } });
await page.goto(site.url('/'));
await page.keyboard.press('Tab');
await page.screenshot({ path: '/tmp/shots/focus-skip.png', clip: { x: 0, y: 0, width: 1280, height: 300 } });
await browser.close();
await site.close();
