import type { RankedCase } from './rank-cases.js';

const score = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Cuts a text to `width` characters with an ellipsis, then pads it to exactly `width`. */
function fit(text: string, width: number): string {
  const chars = [...text];
  const cut = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
  return cut + ' '.repeat(Math.max(0, width - [...cut].length));
}

/**
 * Renders a ranked case as a plain-text table for a terminal or a print-out: rank, score, offer, provider,
 * kind and the reasons (in full, separated by "; ").
 * @param ranked a case from `rankCases`
 * @returns the table, lines separated by "\n", ending with a line break
 * @example console.log(renderCase(rankCases(cases, offers, providers)[0]));
 */
export function renderCase(ranked: RankedCase): string {
  const out: string[] = [];
  out.push(`Profil ${ranked.label}`);
  out.push(`${fit('Rang', 4)}  ${fit('Score', 5)}  ${fit('Angebot', 52)}  ${fit('Anbieter', 30)}  ${fit('Art', 13)}  Gründe`);
  out.push('-'.repeat(140));
  for (const line of ranked.lines) {
    out.push(
      `${fit(String(line.rank).padStart(3), 4)}  ${fit(score.format(line.score), 5)}  ${fit(line.title, 52)}  ${fit(line.provider, 30)}  ${fit(line.kind, 13)}  ${line.reasons.join('; ')}`,
    );
  }
  if (ranked.lines.length === 0) out.push('  (kein passendes Angebot)');
  if (ranked.excludedCount > 0) {
    out.push(`Nicht passend: ${ranked.excludedCount} Angebote, zum Beispiel:`);
    for (const x of ranked.excluded) out.push(`  – ${x.title}: ${x.reasons.join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}
