import type { PrivacyKey } from './en.js';

/** Der Datenschutzhinweis in Leichter Sprache: kurze Sätze, ein Gedanke pro Satz. */
export const deLs: Record<PrivacyKey, string> = {
  'privacy.title': 'Datenschutz',
  'privacy.controller': 'Wer passt auf Ihre Daten auf? {controller}',
  'privacy.controllerUnknown': 'Wer passt auf Ihre Daten auf? Die Leute, die den Markt machen.',
  'privacy.stored.phone':
    'Ihr Handy merkt sich: Welche Stände Sie besucht haben. Ihre Sprache. Ihre Liste. Der Computer vom Markt bekommt nur eine Zahl für Ihren Besuch. Die Zahl gilt nur für diesen Markt. Ihren Namen bekommt er nicht. Sie wollen Kontakt? Und Sie sagen Ja? Nur dann schicken wir Ihre Telefon·nummer oder E-Mail.',
  'privacy.stored.kiosk':
    'Dieser Computer merkt sich nicht, wer Sie sind. Sie sind fertig? Dann löscht er Ihre Antworten. Der Markt zählt die Antworten. Ohne Namen. Sie wollen Kontakt? Und Sie sagen Ja? Nur dann schicken wir Ihre Telefon·nummer oder E-Mail.',
  'privacy.stored.list': 'Ihre Liste ist nur in diesem Link. Der Link ist auf Ihrem Handy. Der Computer vom Markt bekommt die Liste nicht.',
  'privacy.purpose': 'Warum? Wir zählen die Besuche an den Ständen. So sehen wir: War der Markt gut? Ihre Kontakt·anfrage geht nur an den Stand, den Sie wählen.',
  'privacy.kept': 'Nach dem Markt löschen wir alles. Spätestens nach {days} Tagen.',
  'privacy.rights':
    'Sie dürfen fragen: Was wissen Sie über mich? Sie dürfen sagen: Löschen Sie das. Sie dürfen Ihr Ja zurück·nehmen. Immer. Sie dürfen sich beschweren. Bei einem Amt für Datenschutz.',
  'privacy.contact': 'So erreichen Sie uns: {contact}',
  'privacy.dpo': 'Datenschutz·beauftragte: {dpo}',
  'privacy.more': 'Mehr über Datenschutz',
  'privacy.moreKiosk': 'Mehr über Datenschutz finden Sie mit Ihrem Handy. Scannen Sie den Code. Oder tippen Sie diese Adresse ein:',
  'privacy.qr': 'QR-Code mit der Adresse der Seite über Datenschutz',
  'privacy.close': 'Schließen',
};
