import type { Locale } from '@markt/sdk';

/**
 * The booth tablet's language: German unless the tablet prefers English.
 * @param languages default `navigator.languages`
 * @returns `de` or `en`
 * @example boothLocale(['en-GB']) // 'en'
 */
export function boothLocale(languages: readonly string[] = navigator.languages): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de' || primary === 'en') return primary;
  }
  return 'de';
}
