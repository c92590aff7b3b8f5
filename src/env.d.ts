declare namespace StarlightApp {
	type SiteStrings = Record<import('./utils/ui-strings.ts').SiteStringKey, string>;
	interface I18n extends SiteStrings {}
}
