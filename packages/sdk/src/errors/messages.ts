/**
 * Every message the SDK throws, in one place. Each says what went wrong and what to do instead.
 * Keys are the stable `code` of the error; the texts are for developers, not for visitors.
 */
export const errorMessages = {
  INVALID_INPUT: (what: string) =>
    `${what} is not valid: see \`details\` for each field that needs fixing.`,
  RADAR_ROW_INVALID: (row: number, field: string) =>
    `Radar row ${row} has a missing or malformed "${field}": fix that cell (see docs/data-formats.md) and build the radar again.`,
  RADAR_EMPTY: () => 'buildRadar() got no rows: pass at least one row shaped like the BA statistics.',
  QUIZ_UNKNOWN_ITEM: (id: string) =>
    `Quiz answer for unknown item "${id}": answer only items from the item bank (quizBank).`,
  QUIZ_BAD_VALUE: (id: string) =>
    `Quiz answer for item "${id}" must be an integer from 0 to 4, or null to skip the item.`,
  KLDB_INVALID: (code: string) =>
    `"${code}" is not a KldB 2010 code: use 2 to 5 digits whose first two name one of the 37 Berufshauptgruppen.`,
  OPTION_INVALID: (name: string, expected: string) =>
    `Option "${name}" is out of range: expected ${expected}.`,
  ROUTE_UNKNOWN_STAND: (id: string) =>
    `planRoute() got a stand "${id}" without a floor-plan position: place the stand first.`,
} as const;

export type ErrorCode = keyof typeof errorMessages;
