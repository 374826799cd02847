import path from 'node:path';
import { defineConfig } from 'vitest/config';
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 600_000,
		include: ['test/browser/**/*.test.ts'],
		provide: { demo: { outDir: path.resolve('dist'), generatedDir: path.resolve('.generated'), contentDir: path.resolve('content') } },
	},
});
