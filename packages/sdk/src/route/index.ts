export { planRoute } from './plan.js';
export type { Route } from './plan.js';
