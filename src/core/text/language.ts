/**
 * The languages cards and command names can be shown in. English is the
 * whole product; another language covers what has been translated (the
 * command names and descriptions, the help card's opening, the "not
 * available here" notices), and everything else stays English.
 */
export const CARD_LANGUAGES = ['en', 'de'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];
/** The languages besides English, for which translations are kept as data. */
export type TranslatedLanguage = Exclude<CardLanguage, 'en'>;
export const TRANSLATED_LANGUAGES: readonly TranslatedLanguage[] = CARD_LANGUAGES.filter((l): l is TranslatedLanguage => l !== 'en');

/**
 * The card language for a person's locale as a platform reports it ("de",
 * "de-AT", "en-GB"): its language part, when translated; otherwise English.
 * Anything unreadable is English too: a locale never stops an answer.
 */
export function languageOf(locale: string | undefined): CardLanguage {
  const primary = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return (CARD_LANGUAGES as readonly string[]).includes(primary) ? (primary as CardLanguage) : 'en';
}
