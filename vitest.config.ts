import { defineConfig } from 'vitest/config';

/** Tests that read the demo archive built once by test/setup/demo-build.ts. */
const siteTests = ['test/e2e/**/*.test.ts', 'test/browser/**/*.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 600_000,
		setupFiles: ['test/setup/fast-check.ts'],
		reporters: ['default', './test/setup/summary-reporter.ts'],
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: siteTests } },
			// Browser test files one at a time: each starts its own Chromium, and two cores are what CI has.
			{ extends: true, test: { name: 'site', include: siteTests, globalSetup: ['test/setup/demo-build.ts'], fileParallelism: false } },
		],
	},
});
