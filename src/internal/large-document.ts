/**
 * What a large statement file needs, a module the loader fetches for one (statement-loader.ts):
 * its bytes decoded, and its JSON parsed, in slices, so that neither is one long task.
 */
export { decodeInSlices } from '../format/decode-in-slices.js';
export { parseStatementJsonInSlices } from '../format/parse-json-in-slices.js';
