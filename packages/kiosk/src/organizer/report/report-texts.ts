/**
 * The report's texts about withheld counts, German and English (the organizer pages' languages). Kept beside the
 * report until they move into the organizer catalog (organizer/messages), which other work is editing.
 */
export const reportPrivacyTexts = {
  de: {
    withheld: '< 5',
    note: 'Zahlen von 1 bis 4 erscheinen als „< 5“, damit niemand erkannt werden kann; dann auch die anderen Zahlen unter 5 derselben Liste. Suchwörter und Rückmeldungen erscheinen erst, wenn mindestens 5 Besuche dasselbe eingegeben haben, ohne Ziffern, E-Mail-Adressen und Telefonnummern.',
    averageWithheld: 'Den Durchschnitt zeigen wir ab 5 Bewertungen.',
  },
  en: {
    withheld: '< 5',
    note: 'Counts of 1 to 4 appear as “< 5” so that nobody can be recognised; then so do the other counts below 5 of the same list. Search terms and feedback texts appear only when at least 5 visits typed the same thing, without digits, e-mail addresses and phone numbers.',
    averageWithheld: 'The average is shown from 5 ratings on.',
  },
} as const;

/**
 * The withheld-count texts for a locale: English for `en…`, German for every other.
 * @param locale a BCP 47 tag
 * @returns the texts
 * @example privacyTexts('en').withheld // '< 5'
 */
export function privacyTexts(locale: string): (typeof reportPrivacyTexts)['de' | 'en'] {
  return locale.toLowerCase().startsWith('en') ? reportPrivacyTexts.en : reportPrivacyTexts.de;
}
