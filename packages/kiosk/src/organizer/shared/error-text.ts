import { ApiError } from '../api/org-api.js';
import type { OrganizerKey } from '../messages/index.js';

/** The server's error codes (and the client's `network`) that the organizer pages say in their own words. */
const KNOWN: Readonly<Record<string, OrganizerKey>> = {
  network: 'error.network',
  BAD_LOGIN: 'error.badLogin',
  RATE_LIMITED: 'error.rateLimited',
  UNAUTHORIZED: 'error.unauthorized',
  CSRF: 'error.csrf',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  IN_USE: 'error.inUse',
  STAND_NUMBER_TAKEN: 'error.standNumberTaken',
  BODY_TOO_LARGE: 'error.tooLarge',
  INVALID_IMAGE: 'error.image',
  UNSAFE_SVG: 'error.unsafeSvg',
};

/**
 * An error as the organizer reads it, in the page's language: the server's known error codes (and a lost
 * connection or a server fault) get a translated text that says what to do; anything else keeps the
 * server's own message, which names the problem best.
 * @param error what was thrown (usually an {@link ApiError})
 * @param t the component's translate function
 * @returns the text to show
 * @example errorText(new ApiError(401, 'BAD_LOGIN', 'The e-mail address or the password is wrong.'), t) // 'E-Mail-Adresse oder Passwort ist falsch.'
 */
export function errorText(error: unknown, t: (key: OrganizerKey) => string): string {
  if (error instanceof ApiError) {
    const key = KNOWN[error.code] ?? (error.status === 0 ? 'error.network' : error.status >= 500 ? 'error.server' : undefined);
    if (!key) return error.message;
    // The server names what it found in an unsafe SVG (element and attribute names): worth keeping.
    const found = error.code === 'UNSAFE_SVG' ? /contains (.+?)(?:: remove|$)/.exec(error.message)?.[1] : undefined;
    return found ? `${t(key)} (${found})` : t(key);
  }
  return error instanceof Error ? error.message : String(error);
}
