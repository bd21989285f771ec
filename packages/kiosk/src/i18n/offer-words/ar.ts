/**
 * Offer kinds and funding words in العربية, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'دورة تدريبية',
  'kind.integration': 'برنامج للدخول إلى العمل',
  'kind.job': 'وظيفة',
  'kind.apprenticeship': 'تدريب مهني',
  'kind.counselling': 'استشارة',
  'kind.self-employment': 'تأسيس عمل خاص',
  'kind.health': 'الصحة',
  'kind.language': 'دورة لغة ألمانية',
  'funding.bildungsgutschein': 'قسيمة تعليم',
  'funding.avgs': 'قسيمة تفعيل (AVGS)',
  'funding.einstiegsgeld': 'إعانة بداية العمل',
  'funding.free': 'مجاني',
  'funding.paid-job': 'عمل مدفوع الأجر',
} as const;
