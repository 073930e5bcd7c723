/**
 * Character classes that the format, the Persian text folding and the importer share, as
 * regular expression source, so each is written once.
 */

/** A digit as agencies type it: ASCII, Persian ۰-۹ or Arabic-Indic ٠-٩. */
export const DIGIT = '[0-9۰-۹٠-٩]';

/**
 * Characters a reader does not see: zero-width space, non-joiner and joiner, the bidi marks,
 * embeddings and isolates, and the BOM. With whitespace, they are what trims and folds away.
 */
export const INVISIBLE = '\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF';

/** A web address written in running text, with or without its scheme: «https://…», «www.…». */
export const WEB_ADDRESS = /(?:https?:\/\/|\bwww\.)[^\s<>()«»"'،؛]+/i;
