/** Authoring tools: the text importer and the JSON path locator. No DOM; runs in Node and browsers. */
export { importLines, importStatement, type ImportOptions, type ImportResult } from './import-statement.js';
export { describeImportWarning, type ImportWarning, type ImportWarningCode } from './warnings.js';
export { locateJsonPath, offsetToPosition, parseJsonPath, type JsonLocation } from './json-locator.js';
export type { LineStructure, SourceLine } from './lines.js';
