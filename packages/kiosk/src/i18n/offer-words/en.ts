/**
 * Offer kinds and funding words in English, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'Training course',
  'kind.integration': 'Integration measure',
  'kind.job': 'Job',
  'kind.apprenticeship': 'Apprenticeship',
  'kind.counselling': 'Advice',
  'kind.self-employment': 'Starting a business',
  'kind.health': 'Health',
  'kind.language': 'German course',
  'funding.bildungsgutschein': 'Education voucher',
  'funding.avgs': 'Activation voucher (AVGS)',
  'funding.einstiegsgeld': 'Start-up allowance',
  'funding.free': 'Free of charge',
  'funding.paid-job': 'Paid work',
} as const;
