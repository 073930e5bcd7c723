/**
 * What messages.ts fetches for a statement with problems or a file that cannot be shown: the
 * problems' wording (src/wording/problems.ts) and the report's words (report-messages.ts).
 */
export { describeProblem } from '../wording/problems.js';
export { fileFailureMessage, reportUi } from './report-messages.js';
