/**
 * An offer's web address as a link target, only when it is a web page (`http:` or `https:`). The schema's
 * `url` check accepts any absolute URL, `javascript:` too; an embed runs in the provider's own page, where such a
 * link would run script in that page's origin (and an offer list may show other providers' offers).
 * @param url the address from the data
 * @returns the address, or undefined when it is missing or not a web page
 * @example webLink('https://pflegeschule.example/helfer') // 'https://pflegeschule.example/helfer'
 * @example webLink('javascript:alert(1)') // undefined
 */
export function webLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'https:' || protocol === 'http:' ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}
