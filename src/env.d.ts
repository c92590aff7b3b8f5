declare namespace StarlightApp {
	type SiteStrings = Record<import('./lib/ui-strings.ts').SiteStringKey, string>;
	interface I18n extends SiteStrings {}
}
