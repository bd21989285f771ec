// Everything the kiosk needs after its first two screens: the SDK's matching, search, radar and route,
// the quiz/results/map/take-home/contact screens and the on-screen keyboard. `<markt-kiosk>` imports this
// module with `import()` right after its first paint (while the visitor reads the attract screen), so
// /kiosk starts from a small bundle and the rest is ready by the time the visitor touches.
export { buildRadar, createSearchIndex, scoreQuiz } from '@markt/sdk';
export { areaOf, rankOffers, routeThrough, standOf } from './offers.js';
export { reasonText } from './reason-text.js';
export { contactScreen, feedbackScreen, thanksScreen, type ContactState } from './screens/contact-screen.js';
export { RESULTS_PAGE, detailScreen, resultsScreen } from './screens/offers-screen.js';
export { EXTRAS, extrasScreen, quizScreen } from './screens/questions-screen.js';
export { listScreen, mapScreen } from './screens/take-home-screen.js';
export { forgetQrCodes, listLink, loadQrEncoder } from './take-home.js';
import './keyboard/keyboard.js';
import type * as Engine from './engine.js';


/** The lazily loaded part of the kiosk, as `import('./engine.js')` answers it. */
export type KioskEngine = typeof Engine;
