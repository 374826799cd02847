/**
 * The URL pattern of a route file under `src/routes/`, as Astro would give it under `src/pages/`:
 * `personer/[id].astro` → `/personer/[id]`, `moten/index.astro` → `/moten`, `flode/alla.xml.ts` → `/flode/alla.xml`.
 */
export function routePattern(file: string): string {
	const withoutExtension = file.replace(/\.(astro|ts|js|mjs)$/u, '');
	const parts = withoutExtension.split('/').filter((part) => part !== '');
	if (parts.at(-1) === 'index') parts.pop();
	return `/${parts.join('/')}`;
}
