/**
 * Offer kinds and funding words in русский, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'Курс повышения квалификации',
  'kind.integration': 'Программа выхода на работу',
  'kind.job': 'Работа',
  'kind.apprenticeship': 'Профессиональное обучение',
  'kind.counselling': 'Консультация',
  'kind.self-employment': 'Своё дело',
  'kind.health': 'Здоровье',
  'kind.language': 'Курс немецкого',
  'funding.bildungsgutschein': 'Образовательный ваучер',
  'funding.avgs': 'Ваучер активации (AVGS)',
  'funding.einstiegsgeld': 'Стартовое пособие',
  'funding.free': 'Бесплатно',
  'funding.paid-job': 'Оплачиваемая работа',
} as const;
