/**
 * German folding: lower case, ä → ae, ö → oe, ü → ue, ß → ss, other accents dropped (é → e),
 * everything that is not a letter or digit becomes one space. Other scripts (Cyrillic, Arabic) keep their letters.
 * Idempotent: `foldGerman(foldGerman(s)) === foldGerman(s)`.
 * @param text any text
 * @returns the folded text, words separated by single spaces, no leading or trailing space
 * @example foldGerman('Straße / Müller-Lüdenscheidt') // 'strasse mueller luedenscheidt'
 */
export function foldGerman(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    // ä → a + e: the base letter of the decomposed umlaut. (Replaced before the NFD below, so that German text is
    // plain ASCII there, which normalizes fast.)
    .replace(/[äöüß]/g, (c) => (c === 'ß' ? 'ss' : `${c.normalize('NFD')[0]}e`))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words that carry no meaning for search (folded): articles, prepositions, the gender marker "mwd", job-ad filler. One-letter
 * words ("m/w/d", "a") are dropped anyway.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einen einem einer und oder fuer mit ohne im in an am auf aus bei zu zum zur ' +
    'von vom nach ueber als auch ich wir sie es ist sind etwas mwd the and or for of to with on at ' +
    // Job-ad filler that would otherwise match inside words ("sucht" in "gesucht").
    'gesucht suchen bieten ihr ihre unser unsere sowie bzw ca'
  ).split(' '),
);

/**
 * The search words of a text: folded, split, stopwords and one-letter words removed.
 * @param text any text
 * @returns the folded words in text order (duplicates kept)
 * @example searchTokens('Pflegehelfer/in (m/w/d) in Pankow') // ['pflegehelfer', 'pankow']
 */
export function searchTokens(text: string): string[] {
  const folded = foldGerman(text);
  if (!folded) return [];
  return folded.split(' ').filter((w) => w.length > 1 && !STOPWORDS.has(w));
}
