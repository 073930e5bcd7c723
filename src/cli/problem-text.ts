/**
 * Validation problems worded for a terminal, in English. The element words the same Problem
 * objects in the reader's language (src/internal/messages.ts); a terminal shows right-to-left
 * text badly, so the command line keeps to English and quotes the values as found.
 */
import type { Problem } from '../format/problem.js';

const TYPE_NAMES: Record<string, string> = {
  text: 'text (a JSON string)',
  number: 'a number',
  list: 'a list (JSON array)',
  object: 'a JSON object',
  block: 'a block: a string, {"list": […]} or {"terms": […]}',
};

export function problemText(problem: Problem): string {
  const where = problem.path || '(the document)';
  const received = problem.received ?? '';
  const expected = problem.expected ?? '';
  const what = ((): string => {
    switch (problem.code) {
      case 'missing':
        return 'is required but missing';
      case 'type':
        return `should be ${TYPE_NAMES[expected] ?? expected}, but is ${received}`;
      case 'choice':
        return `${received} is not allowed; use one of: ${expected}`;
      case 'version':
        return `version ${received} is not supported; this reads version 1`;
      case 'date-format':
        return `the date ${received} should be written 1403/12/29 (Jalali) or 2025-03-19 (Gregorian)`;
      case 'date-invalid':
        return `the date ${received} does not exist in its calendar`;
      case 'link':
        return `the link ${received} must start with http://, https://, mailto: or tel:`;
      case 'count':
        return `should be a whole number, 0 or more, but is ${received}`;
      case 'format':
        return `the value ${received} is malformed`;
      case 'duplicate-id':
        return `the id ${received} is used twice`;
    }
  })();
  const effect = problem.fatal ? 'the statement cannot be shown' : 'this piece is left out when shown';
  return `${where}: ${what} (${effect})`;
}
