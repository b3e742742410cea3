/** Checking in on a key result: the one edit the CLI (`okr checkin`) and the language server share. */
export { checkIn, checkInWarnings, type CheckInEdit, type Standing } from './check-in.js';
export { readCheckInInput, stringLiteral, type CheckInInput, type CheckInLine, type Checked } from './check-in-input.js';
export { findKeyResultById, keyResultAt, keyResultPosition, type PlaceName } from './find-key-result.js';
export { summarizeCheckIn, type CheckInSummary } from './check-in-summary.js';
