/**
 * Offer kinds and funding words in Türkçe, one copy for the kiosk and the embeddable components (each
 * bundles only its own language's file).
 */
export const offerWords = {
  'kind.qualification': 'Meslek kursu',
  'kind.integration': 'İşe giriş programı',
  'kind.job': 'İş',
  'kind.apprenticeship': 'Meslek eğitimi',
  'kind.counselling': 'Danışmanlık',
  'kind.self-employment': 'Kendi işini kurma',
  'kind.health': 'Sağlık',
  'kind.language': 'Almanca kursu',
  'funding.bildungsgutschein': 'Eğitim çeki',
  'funding.avgs': 'Aktivasyon çeki (AVGS)',
  'funding.einstiegsgeld': 'Başlangıç desteği',
  'funding.free': 'Ücretsiz',
  'funding.paid-job': 'Ücretli iş',
} as const;
