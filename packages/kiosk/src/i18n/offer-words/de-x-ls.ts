/**
 * Offer kinds and funding words in Leichte Sprache, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'Kurs für den Beruf',
  'kind.integration': 'Hilfe für den Weg in Arbeit',
  'kind.job': 'Arbeit',
  'kind.apprenticeship': 'Ausbildung',
  'kind.counselling': 'Beratung',
  'kind.self-employment': 'Eigene Firma',
  'kind.health': 'Gesundheit',
  'kind.language': 'Deutsch-Kurs',
  'funding.bildungsgutschein': 'Bildungs-Gutschein',
  'funding.avgs': 'Gutschein vom Jobcenter (AVGS)',
  'funding.einstiegsgeld': 'Geld für den Start',
  'funding.free': 'Kostet nichts',
  'funding.paid-job': 'Arbeit mit Lohn',
} as const;
