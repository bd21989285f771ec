/**
 * The embeddable components for provider websites, all registered: the entry of `/embed.js` and of
 * `@markt/kiosk/embed`. Each tag is registered once; loading this module twice warns and goes on.
 * @example <script type="module" src="https://markt.example.org/embed.js"></script>
 */
export { MarktOfferCard, type OfferSelectDetail } from './offer-card/offer-card.js';
export { MarktOfferList } from './offer-list/offer-list.js';
export { MarktQuiz, type QuizAnswerDetail, type QuizCompleteDetail } from './quiz/quiz.js';
export { MarktEventMap, type StandSelectDetail } from './event-map/event-map.js';
export { MarktStandQr } from './stand-qr/stand-qr.js';
export { MarktEmbedElement } from './shared/embed-element.js';
export { loadPublicData, type PublicEventData } from './shared/public-data.js';
