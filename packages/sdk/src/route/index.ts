export { planRoute } from './plan.js';
export type { Route } from './plan.js';
export { newStandSize } from './stand-size.js';
