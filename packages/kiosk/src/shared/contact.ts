/** A piece of a contact text: plain text, or an e-mail address or phone number with its `mailto:`/`tel:` target. */
export interface ContactPart {
  text: string;
  /** `mailto:…` or `tel:…` when the text is a well-formed e-mail address or phone number. */
  href?: string;
}

/** The characters a phone number may be written with: digits, spaces, `+`, `-`, `/` and brackets. */
const PHONE_CHARS = /^\+?[\d\s\-/()]+$/;
/** A domain label: letters (also of other scripts), digits and inner hyphens. */
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
/** An e-mail address: letters, digits and `. _ % + -` before the `@`, dot-separated labels after it. */
const ADDRESS = `[\\p{L}\\p{N}._%+-]+@${LABEL}(?:\\.${LABEL})+`;
const EMAIL = new RegExp(`^${ADDRESS}$`, 'u');
/** An address in a text, whole: nothing address-like glued before it, no `@` or further label after it. */
const EMAIL_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}._%+@-])${ADDRESS}(?![\\p{L}\\p{N}_@]|\\.[\\p{L}\\p{N}])`, 'gu');
/**
 * A phone number candidate in a text: digits and bracketed digit groups (`(030)`, `(0)`) with the separators
 * people write between them (spaces, also non-breaking, `-`, `/`), starting with a digit, `+` or a bracket group.
 */
const PHONE_IN_TEXT = /(?:\+|\(\d+\)|\d)(?:[ \u00a0\u2009\u202f/-]*(?:\(\d+\)|\d))*/g;
/** A phone label right before a number: "Tel.", "Tel.-Nr.", "Telefon:", "Fon", "Rufnummer", "Mobil", "Handy", "T.". */
const PHONE_LABEL = /(?<!\p{L})(?:tel(?:efon)?|fon|rufnummer|phone|mobile?|handy|t(?=\.))(?:\.?-?(?:nr|nummer))?[\s.:]*$/iu;
/** A label that makes the number after it no phone number: times, stands, postcodes, accounts, costs, dates, fax. */
const NOT_PHONE_LABEL = /(?:zeit(?:en)?|stand|stände|plz|konto(?:nummer)?|kosten|termin|iban|bic|fax(?:nummer)?|nr)[\s.:]*$/iu;
/** Letters or digits glued to a number (`DE89 3704…`, `12,50`, `10:00`, `030.123`): part of something else. */
const GLUED_BEFORE = /(?:[\p{L}\p{N}_@+]|\d[.,:])$/u;
const GLUED_AFTER = /^(?:[\p{L}\p{N}_@+]|[.,:]\d)/u;
/** Groups of at most 4 digits joined by `-` or `/`: dates, years, month and year, times and ranges, not a number. */
const RANGE = /^\d{1,4}(?:\s*[/-]\s*\d{1,4})+$/;
/** Where two numbers written together (`030 1234567/0171 7654321`) part: a separator before a `+` or a leading 0. */
const BETWEEN_NUMBERS = /(\s*[/-]\s*(?=\+|\(?0\d)|\s+(?=\+))/;

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
 * The `tel:` target of a phone number, only when it is well formed: 5 to 15 digits and nothing but digits,
 * spaces, `-`, `/`, brackets and a leading `+`. Spaces, slashes, dashes and brackets are dropped, the leading `+`
 * kept; the German "(0)" after a country code (`+49 (0)30 …`, `0049-(0)30-…`) is dropped too, as a phone dialling
 * the country code must.
 * @param text the number as the data gives it
 * @returns `tel:<digits>`, or undefined when it is not a well-formed number
 * @example telHref('030 1234-567') // 'tel:0301234567'
 * @example telHref('+49 (0)30 1234567') // 'tel:+49301234567'
 * @example telHref('Stand 12') // undefined
 */
export function telHref(text: string): string | undefined {
  const number = text.trim();
  if (!PHONE_CHARS.test(number)) return undefined;
  const digits = number.replace(/^(\+|00)\s*(\d{1,3})[\s/-]*\(0\)/, '$1$2').replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return undefined;
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

/**
 * Adds `number` (at `start` in `text`) to `found` when it is a phone number: after a phone label ("Tel.") with
 * 5–15 digits, or on its own when it starts with `+` or 0, has 6–15 digits, is no date, time or range and has no
 * label such as "Stand", "PLZ" or "Fax" before it. `labelled` says whether a phone label stands before its run.
 */
function addPhone(text: string, number: string, start: number, labelled: boolean, found: Found[]): void {
  const end = start + number.length;
  const href = telHref(number);
  if (!href || found.some((f) => start < f.end && end > f.start)) return;
  const local = /^(?:\+|\(?0)/.test(number);
  const phone = labelled
    ? local || !RANGE.test(number)
    : local && href.replace(/\D/g, '').length > 5 && !RANGE.test(number) && !NOT_PHONE_LABEL.test(text.slice(Math.max(0, start - 40), start));
  if (phone) found.push({ start, end, href });
}

/**
 * Splits a provider's free contact text ("Frau Yilmaz, Tel. 030 1234-567, yilmaz@pflege.example") into plain text
 * and the e-mail addresses and phone numbers in it, each with its link target. An address is found anywhere, without
 * the quotes or punctuation around it. A number is a phone number after a phone label (Tel., Tel.-Nr., Telefon, Fon,
 * Rufnummer, Phone, Mobil, Handy, T.), or on its own when it starts with `+` or 0 and has 6 to 15 digits; dates,
 * times and ranges (`12/03/2027`, `2026-2027`, `10-12 / 14-16`), numbers glued to letters (`DE89 3704…`) and numbers
 * after "Stand", "PLZ", "Konto", "Kosten", "Zeiten", "Termin", "Uhrzeit" or "Fax" stay text. Two numbers written
 * together (`030 1234567/0171 7654321`) are two links. The parts, joined, give the text back unchanged.
 * @param text the contact text
 * @returns its parts in order
 * @example contactParts('Frau Yilmaz, 030 1234-567')
 * // [{ text: 'Frau Yilmaz, ' }, { text: '030 1234-567', href: 'tel:0301234567' }]
 */
export function contactParts(text: string): ContactPart[] {
  const found: Found[] = [];
  for (const m of text.matchAll(EMAIL_IN_TEXT)) {
    const href = mailtoHref(m[0]);
    if (href) found.push({ start: m.index, end: m.index + m[0].length, href });
  }
  for (const m of text.matchAll(PHONE_IN_TEXT)) {
    // What stands right before it (a label is short; a long text is not read again for each number).
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const labelled = PHONE_LABEL.test(before);
    if (!labelled && GLUED_BEFORE.test(before)) continue;
    if (GLUED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // More digits than a phone number has (15): two numbers in a row, each its own link.
    const pieces = m[0].replace(/\D/g, '').length > 15 ? m[0].split(BETWEEN_NUMBERS) : [m[0]];
    let at = m.index;
    for (const piece of pieces) {
      addPhone(text, piece, at, labelled, found);
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
