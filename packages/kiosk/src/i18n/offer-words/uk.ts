/**
 * Offer kinds and funding words in українська, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'Курс підвищення кваліфікації',
  'kind.integration': 'Програма входу в роботу',
  'kind.job': 'Робота',
  'kind.apprenticeship': 'Професійне навчання',
  'kind.counselling': 'Консультація',
  'kind.self-employment': 'Власна справа',
  'kind.health': 'Здоров’я',
  'kind.language': 'Курс німецької',
  'funding.bildungsgutschein': 'Освітній ваучер',
  'funding.avgs': 'Ваучер активації (AVGS)',
  'funding.einstiegsgeld': 'Стартова допомога',
  'funding.free': 'Безкоштовно',
  'funding.paid-job': 'Оплачувана робота',
} as const;
