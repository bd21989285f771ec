import type { OrganizerKey } from '../messages/index.js';

type Translate = (key: OrganizerKey, params?: Readonly<Record<string, string | number>>) => string;

/** The SDK's (and valibot's) English field messages the organizer pages say in their own words. */
const PATTERNS: readonly [RegExp, (match: RegExpExecArray, t: Translate) => string][] = [
  [/^must not be empty$|^must be a text that is not empty$/, (_m, t) => t('clone.required')],
  [/^must be at most (\d+) characters$/, (m, t) => t('field.tooLong', { max: Number(m[1]) })],
  [/^must not be before startsAt$/, (_m, t) => t('clone.endBeforeStart')],
  [/^must be after startsAt$/, (_m, t) => t('field.endAfterStart')],
  [/^must be on the day\(s\) of the event \((.+)\)$/, (m, t) => t('field.eventDays', { days: m[1]! })],
  [/^must be an ISO 8601 timestamp/, (_m, t) => t('field.dateTime')],
  [/^may contain only letters, digits, "_" and "-"$/, (_m, t) => t('field.idChars')],
  [/^must be a URL$/, (_m, t) => t('field.url')],
  [/^must be an e-mail address$/, (_m, t) => t('field.email')],
  [/^must be a whole number$/, (_m, t) => t('field.whole')],
  [/^must be a (?:whole )?number from (\S+) to (\S+)$/, (m, t) => t('field.range', { min: m[1]!, max: m[2]! })],
  [/^Invalid type: Expected number/, (_m, t) => t('field.number')],
  [/^Invalid length: Expected >=1 /, (_m, t) => t('field.chooseOne')],
  [/^Invalid value: Expected >=(\S+) /, (m, t) => t('field.min', { min: m[1]! })],
  [/^Invalid value: Expected <=(\S+) /, (m, t) => t('field.max', { max: m[1]! })],
];

/**
 * A field's validation message in the page's language: the common messages of the SDK's schemas (checked in
 * the browser or sent back by the server) are translated; any other keeps its English wording, which still
 * names the problem.
 * @param message the message
 * @param t the component's translate function
 * @returns the text to show next to the field
 * @example fieldMessage('must not be empty', t) // 'Bitte ausfüllen.'
 */
export function fieldMessage(message: string, t: Translate): string {
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(match, t);
  }
  return message;
}
