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
			// Browser tests one file at a time, so Lighthouse's performance score is not measured under the load of other tests.
			{ extends: true, test: { name: 'site', include: siteTests, globalSetup: ['test/setup/demo-build.ts'], fileParallelism: false } },
		],
	},
});
