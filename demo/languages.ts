/** Each language's name in that language, for the demo's lists. */
export const languageName = (id: string) => new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id;

/** English, then every catalog the build has: the one list of languages is the catalogs' folder. */
export const LANGUAGES = ['en', ...__CATALOGS__];
