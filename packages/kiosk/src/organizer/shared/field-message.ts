import type { OrganizerKey } from '../messages/index.js';

type Translate = (key: OrganizerKey, params?: Readonly<Record<string, string | number>>) => string;

/** The SDK's (and valibot's) English field messages, and the server's CSV import row errors, that the organizer pages say in their own words. */
const PATTERNS: readonly [RegExp, (match: RegExpExecArray, t: Translate) => string][] = [
  // A stands CSV import's row errors (server: store/import-stands.ts), with the names and numbers they carry.
  // Names may hold anything a cell can (quotes, brackets, line breaks): hence `s` and the anchored tails.
  [/^no provider of this event is called "(.*)": check the spelling, or import the providers first$/s, (m, t) => t('import.providerUnknown', { name: m[1]! })],
  [/^no provider of this event has the id "(.*)": import the providers first$/s, (m, t) => t('import.providerIdUnknown', { id: m[1]! })],
  [
    /^(\d+) providers of this event are called "(.*)" \(([^()]*)\): give a providerId column instead$/s,
    (m, t) => t('import.providerAmbiguous', { count: Number(m[1]), name: m[2]!, ids: m[3]! }),
  ],
  [/^is provider "(.*)", but providerId says "(.*)"$/s, (m, t) => t('import.providerMismatch', { named: m[1]!, id: m[2]! })],
  [/^name the provider \(by name\) or its providerId$/, (_m, t) => t('import.providerMissing')],
  [/^"(.*)" is on line (\d+) already$/s, (m, t) => t('import.numberTwice', { number: m[1]!, line: Number(m[2]) })],
  [/^is already stand ([\w-]+): give that stand's id to update it, or choose another number$/, (m, t) => t('import.numberTaken', { stand: m[1]! })],
  [/^is already stand ([\w-]+)$/, (m, t) => t('field.standTaken', { stand: m[1]! })],
  [/^updates stand ([\w-]+), which line (\d+) writes already: give each row its own id$/, (m, t) => t('import.standTwice', { stand: m[1]!, line: Number(m[2]) })],
  [/^give ([xywh]) with ([xywh]), or neither$/, (m, t) => t('import.pairMissing', { missing: m[1]!, given: m[2]! })],
  [/^"(.*)" is used on line (\d+) already$/s, (m, t) => t('import.idTwice', { id: m[1]!, line: Number(m[2]) })],
  [
    /^the file needs a column for (.+?): ((?:"[^"]*"(?: or )?)+)$/,
    (m, t) => {
      const or = (words: readonly string[]) => words.reduce((text, word) => t('import.or', { a: text, b: word }));
      const headers = [...m[2]!.matchAll(/"([^"]*)"/g)].map((h) => t('import.quoted', { text: h[1]! }));
      return t('import.columnMissing', { field: or(m[1]!.split(' or ')), headers: or(headers) });
    },
  ],
  // The first line of any CSV import (server: store/import.ts); the kind is the server's word for the file's content.
  [
    /^unknown column; known columns for (providers|offers|radar|stands): (.*)$/s,
    (m, t) => t('import.unknownColumn', { kind: t(`import.kind.${m[1] as 'providers' | 'offers' | 'radar' | 'stands'}`), columns: m[2]! }),
  ],
  [/^the columns "(.*)" and "(.*)" both fill (\S+): keep one of them$/s, (m, t) => t('import.columnsBoth', { a: m[1]!, b: m[2]!, field: m[3]! })],
  [/^the first line must name the columns, e\.g\. (.*)$/s, (m, t) => t('import.headerMissing', { example: m[1]! })],
  [/^the file is not valid CSV: (.*)$/s, (m, t) => t('import.notCsv', { detail: m[1]! })],
  // Before the general "at most": a coordinate outside the floor plan names the plan's size.
  [
    /^Invalid value: Expected <=(\S+) but received (\S+) \(the floor plan is (\S+) × (\S+)\)$/,
    (m, t) => t('import.outsidePlan', { max: m[1]!, value: m[2]!, width: m[3]!, height: m[4]! }),
  ],
  [/^must not be empty$|^must be a text that is not empty$/, (_m, t) => t('clone.required')],
  [/^must be at most (\d+) characters$/, (m, t) => t('field.tooLong', { max: Number(m[1]) })],
  [/^must not be before startsAt$/, (_m, t) => t('clone.endBeforeStart')],
  [/^must be after startsAt$/, (_m, t) => t('field.endAfterStart')],
  [/^must be on the day\(s\) of the event \((.+)\)$/, (m, t) => t('field.eventDays', { days: m[1]! })],
  [/^must be an ISO 8601 timestamp/, (_m, t) => t('field.dateTime')],
  [/^may contain only letters, digits, "_" and "-"$/, (_m, t) => t('field.idChars')],
  [/^must be a URL$|^must be a web address \(http:\/\/ or https:\/\/\)$/, (_m, t) => t('field.url')],
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
 * the browser or sent back by the server) and the row errors of a CSV import of stands are translated, with the
 * names and numbers they carry; any other keeps its English wording, which still names the problem.
 * @param message the issue's message
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
