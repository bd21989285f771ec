/**
 * Offer kinds and funding words in Deutsch, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'Weiterbildung',
  'kind.integration': 'Maßnahme',
  'kind.job': 'Arbeitsstelle',
  'kind.apprenticeship': 'Ausbildung',
  'kind.counselling': 'Beratung',
  'kind.self-employment': 'Selbstständigkeit',
  'kind.health': 'Gesundheit',
  'kind.language': 'Deutschkurs',
  'funding.bildungsgutschein': 'Bildungsgutschein',
  'funding.avgs': 'AVGS',
  'funding.einstiegsgeld': 'Einstiegsgeld',
  'funding.free': 'Kostenlos',
  'funding.paid-job': 'Bezahlte Arbeit',
} as const;
