/**
 * @markt/kiosk — the markt web components. Importing this module registers every tag below (each once;
 * a second registration warns and goes on). Pages that want one component import its define module
 * instead, e.g. `@markt/kiosk/embed` for the embeddable components.
 * @example
 * import { MarktKiosk } from '@markt/kiosk';
 * const kiosk = document.createElement('markt-kiosk'); // a MarktKiosk
 * @packageDocumentation
 */

// The touch kiosk.
export { MarktKiosk } from './kiosk/kiosk.js';
export type { KioskContactDetail, KioskData, KioskFeedbackDetail, KioskScreen, KioskUnpairedDetail } from './kiosk/kiosk.js';

// The visitor's phone: a stand's page and the take-home list.
export { StandPage } from './phone/stand-page/stand-page.js';
export type { ContactStatus, SaveChangeDetail, StandPageData } from './phone/stand-page/stand-page.js';
export { TakeHomeList } from './list/take-home-list/take-home-list.js';
export type { PublicEventData } from './list/take-home-list/take-home-list.js';

// The booth tablet and the organizer pages.
export { BoothApp } from './booth/booth-app/booth-app.js';
export { OrganizerApp } from './organizer/organizer-app/organizer-app.js';
export type { Tab as OrganizerTab } from './organizer/organizer-app/organizer-app.js';

// The embeddable components for provider websites (also `@markt/kiosk/embed`).
export {
  MarktEmbedElement,
  MarktEventMap,
  MarktOfferCard,
  MarktOfferList,
  MarktQuiz,
  MarktStandQr,
  loadPublicData,
  type OfferSelectDetail,
  type QuizAnswerDetail,
  type QuizCompleteDetail,
  type StandSelectDetail,
} from './embed/index.js';

// Messages in every language of the fair, with lazy loading and a fallback to English.
export { Catalog, type Messages, type MessagesLoader } from './i18n/catalog.js';
