/**
 * A problem found in a statement document. It is data, not prose: the element words it in the
 * reader's language (internal/messages.ts), and embedders get the same objects in event details.
 */
export type ProblemCode =
  /** A required field is absent. */
  | 'missing'
  /** The value has the wrong JSON type; `expected` names the type. */
  | 'type'
  /** The value is not one of the allowed words; `expected` lists them. */
  | 'choice'
  /** `version` is not a version this element reads. */
  | 'version'
  /** A date is not written YYYY/MM/DD (Jalali) or YYYY-MM-DD (Gregorian). */
  | 'date-format'
  /** A date is well written but does not exist, such as 1402/12/30 (1402 is not a leap year). */
  | 'date-invalid'
  /** A link does not start with http://, https://, mailto: or tel:. */
  | 'link'
  /** A count is not a whole number ≥ 0. */
  | 'count'
  /** Any other malformed value, such as an id with spaces. */
  | 'format'
  /** Two sections share one id; the later one gets a new id. */
  | 'duplicate-id';

export type ExpectedType = 'text' | 'number' | 'list' | 'object' | 'block';

export interface Problem {
  /** Where, as a JSON path: `sections[2].content[0]`; empty for the document itself. */
  path: string;
  code: ProblemCode;
  /** For `type`, the expected type; for `choice`, the allowed values joined with ", ". */
  expected?: string;
  /** A short preview of the value found, for the reader to recognise it. */
  received?: string;
  /**
   * True when the document cannot be shown at all (no title, no provider, not an object…);
   * false when the rest of the statement is still shown with a notice.
   */
  fatal: boolean;
}
