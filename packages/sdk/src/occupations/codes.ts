/**
 * The KldB 2010 codes the SDK knows, with a Holland (RIASEC) code each: the 37 Berufshauptgruppen and the
 * Berufsgruppen whose interest profile differs enough from their Hauptgruppe to matter. This is all that
 * ranking needs; the German and English names are in `groups.ts`.
 *
 * The RIASEC codes are this project's assignment of the typical occupations of each group to Holland's
 * six interest types (strongest first), in the manner of O*NET interest profiles; they steer career
 * orientation, not selection.
 */

/** `code` immediately followed by its RIASEC letters, space-separated, in code order: each entry is its digits and its letters. */
const parse = (table: string): ReadonlyMap<string, string> =>
  new Map(table.split(' ').map((entry) => entry.match(/\d+|\D+/g) as unknown as [string, string]));

/** The 37 Berufshauptgruppen (two-digit codes) → RIASEC code. */
export const groupRiasec = parse(
  '01RCS 11RI 12RA 21RC 22RA 23RAC 24RC 25RI 26RIC 27IRC 28RA 29RC 31IRA 32RC 33RA 34RIC 41IR 42IR ' +
  '43ICR 51RC 52RC 53RSC 54RC 61EC 62ESC 63SER 71CE 72CE 73CES 81SIR 82SRA 83SA 84SAI 91IAS 92EA ' +
  '93AR 94AE',
);

/** Listed three-digit Berufsgruppen → RIASEC code; other codes fall back to their Hauptgruppe. */
export const subgroupRiasec = parse(
  '121RI 122AR 244RC 251RI 252RI 262RI 263RIC 292RC 293RAS 321RC 332RA 342RIC 431IRC 434ICR 513RC ' +
  '516CE 521RC 531RSC 541RC 621ESC 632SEC 633SER 713EC 714CS 722CI 732CS 811SC 813SIR 814ISR ' +
  '817SIR 821SR 823ASR 825RIS 831SA 832SRC 841SAI 842SIR 843ISA 845SRE 914IEC 921EA 924AIS',
);
