/** A piece of a contact text: plain text, or an e-mail address or phone number with its `mailto:`/`tel:` target. */
export interface ContactPart {
  text: string;
  /** `mailto:…` or `tel:…` when the text is a well-formed e-mail address or phone number. */
  href?: string;
}

/** The characters a phone number may be written with: digits, spaces, `+`, `-`, `/` and brackets. */
const PHONE_CHARS = /^\+?[\d\s\-/()]+$/;
/** An e-mail address: one `@` with something before it, and a domain of dot-separated, non-empty labels. */
const EMAIL = /^[^\s@<>()[\]{},;:"'|]+@[^\s@<>()[\]{},;:"'|.]+(?:\.[^\s@<>()[\]{},;:"'|.]+)+$/;
/** An e-mail address candidate in a text: no spaces, brackets, quotes or list separators around the `@`. */
const EMAIL_IN_TEXT = /[^\s<>()[\]{},;:"'|]+@[^\s<>()[\]{},;:"'|]+/g;
/** A phone number candidate in a text: digits with the separators people write (`030 1234-567`, `(030) 12/34`). */
const PHONE_IN_TEXT = /\+?\(?\d[\d \-/()]*\d/g;
/** What may stand right before a phone number in a text: a list separator, or a label such as "Tel." or "Telefon:". */
const BEFORE_PHONE = /(?:^|[,;:|·–—(\n]|\s[-/]|\b(?:tel|telefon|fon|phone|mobil|mobile|handy)\.?)\s*$/i;
/** What may follow a phone number in a text: its end, a list separator or a bracket. */
const AFTER_PHONE = /^\s*(?:$|[,;|·–—()\n./])/;
/** A month and year (`03/2027`, `3-2027`): digits enough for a phone number, but a date. */
const MONTH_YEAR = /^\d{1,2}\s?[/-]\s?\d{4}$/;

/**
 * The `mailto:` target of an e-mail address, only when it is well formed: exactly one `@`, something before it, and a
 * domain with a dot that neither starts nor ends it (no spaces, no `..`).
 * @param text the address as the data gives it
 * @returns `mailto:<address>`, or undefined when it is not a well-formed address
 * @example mailtoHref('info@pflege.example') // 'mailto:info@pflege.example'
 * @example mailtoHref('info@pflege') // undefined
 */
export function mailtoHref(text: string): string | undefined {
  const address = text.trim();
  return EMAIL.test(address) ? `mailto:${address}` : undefined;
}

/**
 * The `tel:` target of a phone number, only when it is well formed: at least 5 digits and nothing but digits,
 * spaces, `-`, `/`, brackets and a leading `+`. Spaces, slashes, dashes and brackets are dropped, the leading `+`
 * kept; the German "(0)" after a country code (`+49 (0)30 …`) is dropped too, as a phone dialling `+49` must.
 * @param text the number as the data gives it
 * @returns `tel:<digits>`, or undefined when it is not a well-formed number
 * @example telHref('030 1234-567') // 'tel:0301234567'
 * @example telHref('+49 (0)30 1234567') // 'tel:+49301234567'
 * @example telHref('Stand 12') // undefined
 */
export function telHref(text: string): string | undefined {
  const number = text.trim();
  if (!PHONE_CHARS.test(number)) return undefined;
  const digits = number.replace(/^\+\s*(\d+)\s*\(0\)/, '+$1').replace(/[^\d]/g, '');
  if (digits.length < 5) return undefined;
  return `tel:${number.startsWith('+') ? '+' : ''}${digits}`;
}

/**
 * A contact link for an offer's or provider's address when it is `mailto:` or `tel:` (the schemas accept both for
 * `url` and `website`), with the address as its visible text; undefined for web pages and malformed values.
 * @param url the address from the data
 * @returns the visible text and the link's target, or undefined
 * @example contactLink('mailto:info@pflege.example') // { text: 'info@pflege.example', href: 'mailto:info@pflege.example' }
 * @example contactLink('tel:+49-30-1234567') // { text: '+49-30-1234567', href: 'tel:+49301234567' }
 */
export function contactLink(url: string | undefined): Required<ContactPart> | undefined {
  const value = url?.trim() ?? '';
  const scheme = /^(mailto|tel):/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  let text: string;
  try {
    text = decodeURIComponent(value.slice(scheme.length + 1).split('?')[0] ?? '').trim();
  } catch {
    return undefined;
  }
  if (scheme === 'mailto') {
    const href = mailtoHref(text);
    if (!href) return undefined;
    // Only the checked address and a subject: never recipients or a body the visitor cannot see (cc, bcc, to, body).
    const subject = new URLSearchParams(value.split('?')[1] ?? '').get('subject');
    return { text, href: subject ? `${href}?subject=${encodeURIComponent(subject)}` : href };
  }
  const href = telHref(text);
  return href ? { text, href } : undefined;
}

/** A link found in a contact text: where it is and its target. */
interface Found {
  start: number;
  end: number;
  href: string;
}

/** Adds `number` (at `start` in `text`) to `found` when it is a phone number standing on its own. */
function addPhone(text: string, number: string, start: number, found: Found[]): void {
  // A bracket that opens before the number and is not closed in it belongs to the text around it: "(030 123456)".
  if (number.startsWith('(') && !number.includes(')')) {
    number = number.slice(1);
    start += 1;
  }
  const end = start + number.length;
  if (found.some((f) => start < f.end && end > f.start)) return;
  if (!BEFORE_PHONE.test(text.slice(0, start)) || !AFTER_PHONE.test(text.slice(end)) || MONTH_YEAR.test(number)) return;
  const href = telHref(number);
  if (href) found.push({ start, end, href });
}

/**
 * Splits a provider's free contact text ("Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example") into plain text
 * and the e-mail addresses and phone numbers in it, each with its link target. An address is found anywhere; a
 * phone number only where it stands on its own: at the start, after a separator (`,` `;` `:` `|` `–` a bracket or
 * a line break) or a label (Tel., Telefon, Fon, Phone, Mobil, Handy), and followed by the end, a separator or a
 * bracket. So "13189 Berlin", "Fax 030 123456", "ab 03/2027" and "Stand 12" stay text. The parts, joined, give
 * the text back unchanged.
 * @param text the contact text
 * @returns its parts in order
 * @example contactParts('Frau Yilmaz, 030 1234-567')
 * // [{ text: 'Frau Yilmaz, ' }, { text: '030 1234-567', href: 'tel:0301234567' }]
 */
export function contactParts(text: string): ContactPart[] {
  const found: Found[] = [];
  for (const m of text.matchAll(EMAIL_IN_TEXT)) {
    // A sentence may end right after the address.
    const address = m[0].replace(/\.+$/, '');
    const href = mailtoHref(address);
    if (href) found.push({ start: m.index, end: m.index + address.length, href });
  }
  for (const m of text.matchAll(PHONE_IN_TEXT)) {
    // Two numbers in a row ("030 1234567 / 0171 7654321") are one run: more digits than a phone number has (15).
    const pieces = m[0].replace(/\D/g, '').length > 15 ? m[0].split(/(\s+\/\s+)/) : [m[0]];
    let at = m.index;
    for (const piece of pieces) {
      addPhone(text, piece, at, found);
      at += piece.length;
    }
  }
  found.sort((a, b) => a.start - b.start);
  const parts: ContactPart[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) parts.push({ text: text.slice(at, f.start) });
    parts.push({ text: text.slice(f.start, f.end), href: f.href });
    at = f.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
