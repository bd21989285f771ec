/** The privacy notice (Art. 13 DSGVO) of the visitor pages in English: the complete base other languages fall back to. */
export const en = {
  'privacy.title': 'Privacy',
  'privacy.controller': 'Responsible for your data: {controller}',
  'privacy.controllerUnknown': 'Responsible for your data: the organizer of this fair.',
  'privacy.stored.phone':
    'This page keeps on your phone which stands you visited, your language and your list. The server gets only your visit, with a random number that is used for this fair only, never your name. Your name, phone number or e-mail address are sent only when you ask to be contacted and agree.',
  'privacy.stored.kiosk':
    'This kiosk keeps nothing that says who you are. Your answers are deleted when you finish or after a short time without use. The fair counts answers and searches without names, for its evaluation. Your details are sent only when you ask to be contacted and agree.',
  'privacy.stored.list': 'Your list is only in this link, on your phone. The server does not get it.',
  'privacy.purpose': 'Why: visits are counted for the evaluation of the fair; a contact request goes only to the provider you chose.',
  'privacy.kept': 'Visits and contact requests are deleted {days} days after the fair at the latest.',
  'privacy.rights':
    'Your rights: you can ask what is stored about you, have it deleted and take back your consent at any time. You can also complain to a data protection supervisory authority.',
  'privacy.contact': 'Contact: {contact}',
  'privacy.dpo': 'Data protection officer: {dpo}',
  'privacy.more': 'More about privacy',
  'privacy.moreKiosk': 'More about privacy on your phone: scan the code or type this address:',
  'privacy.qr': 'QR code with the address of the privacy page',
  'privacy.close': 'Close',
} as const;

/** A message key of the privacy notice. */
export type PrivacyKey = keyof typeof en;
