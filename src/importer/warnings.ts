/**
 * What the importer could not place or had to guess, as data: a code, the line of the input it
 * is about, and the text concerned. src/wording/import-warnings.ts words it in Persian or English.
 */

export type ImportWarningCode =
  /** The input has no text. */
  | 'empty'
  /** A line before the first heading that is neither the title nor page chrome; left out. */
  | 'unplaced'
  /** No line looked like the statement's title; one was made from the provider's name. */
  | 'no-title'
  /** The provider's name was found nowhere (definitions, responsibility, title). */
  | 'no-provider'
  /** No heading of the template was recognised; the text could not be divided into sections. */
  | 'no-headings'
  /** A numbered heading that is not one of the template's: imported as kind "other". */
  | 'other-heading'
  /** A short line without punctuation, kept as a paragraph: it may be a sub-heading or a term. */
  | 'short-line'
  /** A short line without a colon among definitions, read as a term with the next line as its text. */
  | 'short-line-term'
  /** A table's header line (`text`: its cells, `value`: the fields they fill, «-» for none). */
  | 'table-header'
  /** A section of a kind that already appeared (`value`: the line of the first one). */
  | 'duplicate-section'
  /** A heading with nothing under it. */
  | 'empty-section'
  /** The term section gives no end date and does not say it is permanent. */
  | 'no-end-date'
  /** A date that does not exist in the Jalali calendar; not used. */
  | 'date-invalid'
  /** A date whose parts could be read either way; read as day/month/year (`value`). */
  | 'date-ambiguous'
  /** Several different end dates; the first (`value`) was used. */
  | 'dates-differ'
  /** An appendix table column whose header is not a known one; read as the unit column. */
  | 'table-column'
  /** An appendix table row with a different number of cells than the header. */
  | 'table-row'
  /** A line in the appendix that is neither a table row nor a list item; left out. */
  | 'appendix-line'
  /** A table column whose header names no field of a service; its cells (`value`: how many) left out. */
  | 'table-column-left-out'
  /** A table cell that could not be read as its column's field (`value`: the column); left out. */
  | 'table-cell'
  /** A table row that is not a service (`value`: above the header, a group row, or no name); left out. */
  | 'table-row-left-out'
  /** An HTML container or object left out (`value`: the element, as nav, footer, img). */
  | 'html-left-out'
  /** A message of the Word reader (mammoth) about the file (`text`: the message). */
  | 'word-message'
  /** A line of the web page around the statement, left out (`value`: the rule that saw it). */
  | 'chrome'
  /** A line of punctuation alone, left out. */
  | 'punctuation'
  /** A second copy of the title, or a page heading above it; left out. */
  | 'repeated-title'
  /** A line above the title that is not the agency's name; left out. */
  | 'before-title'
  /** Latin words a PDF reversed (`text`), put back in order (`value`). */
  | 'reversed-latin'
  /** A line naming an agency other than the provider (`value`) around the title; left out. */
  | 'other-agency'
  /** Another copy of the line naming the provider around the title; left out. */
  | 'repeated-agency'
  /** The text before the first heading became an introduction section. */
  | 'lead-introduction'
  /** The provider's name is a guess (`value`: where it was found: title, line or text). */
  | 'provider-guessed'
  /** Two template headings written as one (`value`: the second kind); the section has the first. */
  | 'joined-headings';

export interface ImportWarning {
  /** 1-based line of the input. */
  line: number;
  /** Where it is when a line number says little: a Word file's «paragraph 12». */
  where?: string;
  code: ImportWarningCode;
  /** The text concerned, as written (shortened). */
  text?: string;
  /** A detail: the value used, the kind chosen, the line of an earlier section… */
  value?: string;
}
