/** Types of the public entry (src/index.mjs): the integration and its options. */
export {
	type FooterProps,
	type HeaderProps,
	type IntroProps,
	type ProtokollarkivOptions,
	protokollarkiv,
	protokollarkiv as default,
	type Settings,
} from './integration.ts';
