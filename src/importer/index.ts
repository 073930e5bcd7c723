/** Authoring tools: the importer (text, HTML, Word) and the JSON path locator. No DOM; runs in Node and browsers. */
export { importLines, importStatement, type ImportOptions, type ImportResult } from './import-statement.js';
export type { ImportWarning, ImportWarningCode } from './warnings.js';
export { describeImportWarning } from '../wording/import-warnings.js';
export { locateJsonPath, offsetToPosition, parseJsonPath, type JsonLocation } from './json-locator.js';
export type { LineStructure, SourceLine } from './lines.js';
export { decodeHtml, importHtml, readHtml, withWarnings, type ReadHtmlOptions } from './html.js';
/** Word: mammoth is loaded by a dynamic import inside importDocx, only when a .docx is read. */
export { DocxError, importDocx, importWordLines, readDocx } from './docx.js';
export { inputKind, type InputKind } from './input-kind.js';
export { readTable } from './appendix.js';
