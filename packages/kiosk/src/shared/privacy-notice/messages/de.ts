import type { PrivacyKey } from './en.js';

/** Der Datenschutzhinweis (Art. 13 DSGVO) der Besucherseiten auf Deutsch. */
export const de: Record<PrivacyKey, string> = {
  'privacy.title': 'Datenschutz',
  'privacy.controller': 'Verantwortlich für Ihre Daten: {controller}',
  'privacy.controllerUnknown': 'Verantwortlich für Ihre Daten: der Veranstalter dieses Markts.',
  'privacy.stored.phone':
    'Diese Seite speichert auf Ihrem Handy, welche Stände Sie besucht haben, Ihre Sprache und Ihre Liste. Der Server bekommt nur Ihren Besuch, mit einer Zufallsnummer, die nur für diesen Markt gilt, nie Ihren Namen. Name, Telefonnummer oder E-Mail-Adresse werden nur gesendet, wenn Sie um Kontakt bitten und zustimmen.',
  'privacy.stored.kiosk':
    'Dieses Terminal speichert nichts, was zeigt, wer Sie sind. Ihre Antworten werden gelöscht, wenn Sie fertig sind oder das Gerät kurze Zeit nicht benutzt wird. Für die Auswertung zählt der Markt Antworten und Suchen ohne Namen. Ihre Angaben werden nur gesendet, wenn Sie um Kontakt bitten und zustimmen.',
  'privacy.stored.list': 'Ihre Liste steht nur in diesem Link auf Ihrem Handy. Der Server bekommt sie nicht.',
  'privacy.purpose': 'Wozu: Besuche werden für die Auswertung des Markts gezählt; eine Kontaktanfrage geht nur an den Anbieter, den Sie gewählt haben.',
  'privacy.kept': 'Besuche und Kontaktanfragen werden spätestens {days} Tage nach dem Markt gelöscht.',
  'privacy.rights':
    'Ihre Rechte: Sie können fragen, was über Sie gespeichert ist, es löschen lassen und Ihre Einwilligung jederzeit widerrufen. Sie können sich auch bei einer Datenschutz-Aufsichtsbehörde beschweren.',
  'privacy.contact': 'Kontakt: {contact}',
  'privacy.dpo': 'Datenschutzbeauftragte: {dpo}',
  'privacy.more': 'Mehr zum Datenschutz',
  'privacy.moreKiosk': 'Mehr zum Datenschutz auf Ihrem Handy: Code scannen oder diese Adresse eingeben:',
  'privacy.qr': 'QR-Code mit der Adresse der Datenschutz-Seite',
  'privacy.close': 'Schließen',
};
