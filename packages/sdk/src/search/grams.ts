// Cheap word fingerprints for the search's candidate filter.

/**
 * The set of letters of a word as 32 bits: a–z one bit each, any other character one of six more.
 * @param word a folded word
 * @returns the signature, an unsigned 32-bit integer
 * @example letterSignature('ab') // 3
 */
export function letterSignature(word: string): number {
  let sig = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    sig |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return sig >>> 0;
}

/**
 * Every trigram of a word (no padding), each once.
 * @param word a folded word
 * @returns the distinct trigrams in order of first appearance; none for words under three letters
 * @example trigramsOf('kita') // ['kit', 'ita']
 */
export function trigramsOf(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) out.add(word.slice(i, i + 3));
  return [...out];
}
