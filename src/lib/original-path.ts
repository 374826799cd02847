/** The site path of a meeting's raw file, which the build copies to `/original/`: `minutes/krf/a.txt` → `/original/krf/a.txt`. */
export function originalPath(source: string): string {
	return `/original/${source
		.replace(/^\/?minutes\//, '')
		.split('/')
		.map(encodeURIComponent)
		.join('/')}`;
}
