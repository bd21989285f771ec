/**
 * Every message the SDK throws, in one place: short, naming the input and field (`details` has each
 * field). Keys are the stable `code` of the error (docs/sdk.md, "Errors", says when each is thrown and
 * what to do); the texts are for developers, not for visitors.
 */
export const errorMessages = {
  INVALID_INPUT: (what: string) => `${what} is not valid: see details`,
  RADAR_ROW_INVALID: (row: number, field: string) => `Radar row ${row} has "${field}" missing or malformed`,
  RADAR_EMPTY: () => 'buildRadar() got no rows',
  QUIZ_UNKNOWN_ITEM: (id: string) => `Quiz item "${id}" is not in quizBank`,
  QUIZ_BAD_VALUE: (id: string) => `Quiz answer for "${id}" must be 0–4 or null`,
  KLDB_INVALID: (code: string) => `"${code}" is not a KldB 2010 code`,
  OPTION_INVALID: (name: string, expected: string) => `Option "${name}" must be ${expected}`,
  ROUTE_UNKNOWN_STAND: (id: string) => `Stand "${id}" has no floor-plan position`,
} as const;

export type ErrorCode = keyof typeof errorMessages;
