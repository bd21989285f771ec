export { MarktError, ValidationError, RadarDataError, QuizError, OptionError } from './markt-error.js';
export type { FieldIssue } from './markt-error.js';
export { errorMessages } from './messages.js';
export type { ErrorCode } from './messages.js';
