import type { ReasonKey } from '@markt/sdk';
import { reasonMessages } from '@markt/sdk/reasons';
import { quizItemsEn, type QuizItemKey } from '../../i18n/quiz-items/en.js';
import { offerWords } from '../../i18n/offer-words/en.js';

/**
 * The kiosk's English messages: the complete base every other language falls back to.
 * Keys: screen texts, vocabulary words (`kind.*`, `group.*`, …), the quiz items (`quiz.<itemId>`,
 * shown from the SDK in de/en/de-x-ls and from here in tr/ar/uk/ru) and the match reasons (`reason.<key>`).
 */
const ui = {
  'app.label': 'Job fair kiosk',
  'attract.title': 'Find what fits you',
  'attract.lead': 'Jobs, training, courses and advice at this fair. A few questions, about three minutes.',
  'attract.touch': 'Touch to start',
  'lang.title': 'Choose your language',
  'nav.back': 'Back',
  'nav.restart': 'Start over',
  'nav.language': 'Language',
  'nav.results': 'Offers',
  'nav.map': 'Map',
  'nav.list': 'My list',
  'nav.finish': 'Finish',
  'nav.main': 'Main menu',
  'speak.label': 'Read aloud',
  'loading': 'Loading …',
  'error.load': 'The offers could not be loaded. Please ask at the information desk.',

  'quiz.title': 'How much does this fit you?',
  'quiz.progress': 'Question {n} of {total}',
  'quiz.a0': 'Not at all',
  'quiz.a1': 'Rather not',
  'quiz.a2': 'Partly',
  'quiz.a3': 'Rather yes',
  'quiz.a4': 'Very much',
  'quiz.skip': 'Skip',
  'quiz.previous': 'Previous question',
  'quiz.toResults': 'Show offers now',

  'extras.title': 'A few more questions',
  'extras.lead': 'All optional. Skip what you do not want to answer.',
  'extras.step': 'Step {n} of {total}',
  'extras.skip': 'Skip',
  'extras.next': 'Next',
  'extras.done': 'Show my offers',
  'hours.title': 'When can you work or learn?',
  'hours.any': 'Any time, full time too',
  'hours.morning': 'Mornings only, until 13:00',
  'hours.kita': 'Until 15:00 (Kita or school)',
  'hours.partTime': 'Part time only',
  'german.title': 'How well do you speak German?',
  'german.none': 'Not yet',
  'german.A1': 'A few words: hello, thank you, numbers',
  'german.A2': 'I can shop and ask the way',
  'german.B1': 'I can talk about my work and my plans',
  'german.B2': 'I can follow a meeting and write an e-mail',
  'german.C1': 'I speak German well, at work too',
  'district.title': 'Where do you live?',
  'district.other': 'Somewhere else',
  'travel.title': 'How long may the way be?',
  'travel.minutes': 'Up to {n} minutes',
  'travel.any': 'Does not matter',
  'group.title': 'Does one of these fit you?',
  'group.lead': 'Some offers are only for certain groups.',

  'results.title': 'Offers for you',
  'results.count': '{n, plural, one {# offer} other {# offers}}',
  'results.empty': 'No offers found. Try fewer filters.',
  'results.more': 'Show {n} more',
  'results.why': 'Why it fits',
  'results.excluded': '{n, plural, one {# more offer does not fit your answers} other {# more offers do not fit your answers}}',
  'results.filters': 'Filters',
  'filter.partTime': 'Part time',
  'search.label': 'Search',
  'search.placeholder': 'What are you looking for?',
  'search.clear': 'Clear search',
  'keyboard.label': 'On-screen keyboard',
  'keyboard.space': 'Space',
  'keyboard.backspace': 'Delete',
  'keyboard.shift': 'Capital letters',
  'keyboard.done': 'Done',
  'offer.stand': 'Stand {number}',
  'offer.details': 'Details',
  'offer.add': 'Add to my list',
  'offer.remove': 'Remove from my list',
  'offer.provider': 'From: {name}',
  'offer.where': 'Stand {number}, {area}',
  'offer.contact': 'Ask to be contacted',
  'offer.showOnMap': 'Show on the map',
  'area.front': 'near the entrance',
  'area.middle': 'in the middle of the hall',
  'area.back': 'at the back of the hall',
  'map.title': 'Map of the hall',
  'map.here': 'You are here',
  'map.way': 'Your way through the hall:',
  'map.none': 'Put offers on your list to see your way.',
  'map.label': 'Floor plan with {n, plural, one {# marked stand} other {# marked stands}}',
  'list.title': 'Take your list home',
  'list.lead': 'Scan the code with your phone camera. Your list opens on your phone. Nothing about you is saved.',
  'list.fromTop': 'Your list is empty, so the code holds your top offers.',
  'list.qr': 'QR code with the link to your list',
  'contact.title': 'Ask to be contacted',
  'contact.lead': 'Fill in only what you want to share. We need a phone number or an e-mail address.',
  'contact.for': 'About: {offer}',
  'contact.name': 'Name (optional)',
  'contact.phone': 'Phone',
  'contact.email': 'E-mail',
  'contact.consent':
    '{provider} may use these details to contact me about this offer. They are deleted {days} days after the fair. I can take back my consent at any time: at the stand of {provider} or by telling {provider}, who then deletes my request.',
  'contact.agree': 'I have read this and I agree',
  'contact.send': 'Send request',
  'contact.needOne': 'Please enter a phone number or an e-mail address.',
  'contact.needConsent': 'Please confirm that you agree.',
  'contact.sent': 'Thank you! {provider} will contact you.',
  'contact.closed': 'This fair is over. Requests are no longer accepted. Please contact the provider directly.',
  'contact.failed': 'Your request could not be sent. Please speak to the staff at the stand.',
  'contact.failedFor': 'Your request to {provider} could not be sent. Please speak to the staff at the stand.',
  'contact.noticeOk': 'Got it',
  'feedback.title': 'Did this help you?',
  'feedback.r1': 'Not at all',
  'feedback.r2': 'A little',
  'feedback.r3': 'Somewhat',
  'feedback.r4': 'Yes',
  'feedback.r5': 'Very much',
  'feedback.missing': 'What was missing? (optional)',
  'feedback.send': 'Send and finish',
  'feedback.thanks': 'Thank you! Good luck.',
  'idle.title': 'Are you still there?',
  'idle.lead': 'Everything will be deleted soon.',
  'idle.seconds': '{s} s',
  'idle.continue': 'Continue',
  'idle.end': 'End now',
  'restart.title': 'Delete everything and start over?',
  'restart.lead': 'Your answers and your list will be deleted.',
  'restart.yes': 'Yes, delete',
  'restart.no': 'No',
  'text.in.en': '(English)',
  'text.in.de': '(German)',

  ...offerWords,
  'group.under-25': 'Under 25',
  'group.over-45': 'Over 45',
  'group.over-50': 'Over 50',
  'group.single-parents': 'Single parent',
  'group.migrants': 'New in Germany',
  'group.disability': 'Living with a disability',
  'group.returners': 'Returning to work',
  'group.long-term-unemployed': 'Out of work for a long time',
  'strength.helping': 'helping',
  'strength.fixing': 'fixing things',
  'strength.organising': 'organising',
  'strength.creating': 'making things',
  'strength.explaining': 'explaining',
  'strength.languages': 'languages',
  'strength.numbers': 'numbers',
  'strength.driving': 'driving',
  'strength.outdoors': 'working outdoors',
  'strength.caring': 'caring for people',
  'strength.selling': 'selling',
  'strength.computers': 'computers',
  'topic.debt': 'debts',
  'topic.addiction': 'addiction',
  'topic.health': 'health',
  'topic.recognition': 'recognition of foreign qualifications',
  'topic.migration': 'migration',
  'topic.family': 'family',
  'topic.housing': 'housing',
  'topic.career': 'career',
  'load.light': 'light work',
  'load.medium': 'medium physical work',
  'load.heavy': 'heavy physical work',
  'certificate.none': 'no school certificate',
  'certificate.hauptschule': 'lower secondary certificate',
  'certificate.mittlere-reife': 'intermediate school certificate',
  'certificate.abitur': 'Abitur',

} as const;


/** The match reasons in English, as the SDK words them (the base the kiosk's own translations follow). */
const reasons = prefixReasons(reasonMessages.en);

const en = { ...ui, ...quizItemsEn, ...reasons };

/**
 * The SDK's reason texts under `reason.<key>` keys.
 * @param texts `reasonMessages.de`, `.en` or `['de-x-ls']`
 * @returns the same texts keyed `reason.<key>`
 * @example prefixReasons(reasonMessages.en)['reason.fit.partTime'] // 'Can be done part time'
 */
export function prefixReasons(texts: Readonly<Record<ReasonKey, string>>): ReasonMessages {
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [`reason.${key}`, text])) as ReasonMessages;
}

/** One text per reason key, keyed `reason.<key>`. */
export type ReasonMessages = { readonly [K in ReasonKey as `reason.${K}`]: string };
/** Screen texts and vocabulary words. */
export type UiKey = keyof typeof ui;
/** One key per quiz item, `quiz.<itemId>`. */
export type { QuizItemKey };
/** Every kiosk message key. */
export type KioskKey = keyof typeof en;
export default en;
