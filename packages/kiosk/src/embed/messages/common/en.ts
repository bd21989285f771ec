/**
 * The texts of the embeddable components' base (loading, error, an offer's provider and details) in English. Part of both the
 * shared messages (../en.ts) and the quiz's (../quiz/en.ts), so that the quiz loads one chunk per language.
 */
const en = {
  'status.loading': 'Loading…',
  'status.error': 'This could not be loaded. Please try again later.',
  'status.reload': 'This could not be loaded. Please reload the page.',
  'status.retry': 'Try again',
  'offer.provider': 'From: {name}',
  'offer.where': 'Where: {place}',
  'offer.online': 'Online or by phone',
  'offer.contact': 'Contact: {contact}',
  'offer.noDetails': 'Ask about this offer at the stand.',
} as const;

/** The keys every component's messages contain. */
export type CommonKey = keyof typeof en;
export default en;
