/**
 * What the format allows but a published statement should not have, checked as the author types:
 * an empty title, provider or service name (the schema takes any text, the empty one too), a
 * section of kind «other» without a title, a service id that is not the national 11 digits, and
 * a validity that ends before it starts. Shown at the field beside validation's problems.
 */
import { isRealDate, parseStatementDate, toUtcMillis } from '../../dates/statement-date.js';
import { toAsciiDigits } from '../../text/digits.js';
import { getAt, type Path } from './edits.js';

export type CheckCode = 'required' | 'service-id' | 'date-order';

export interface Check {
  field: Path;
  code: CheckCode;
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
const SERVICE_ID = /^\d{11}$/;

export function checkDraft(statement: unknown): Check[] {
  const checks: Check[] = [];
  const required = (field: Path) => {
    if (blank(getAt(statement, field))) checks.push({ field, code: 'required' });
  };
  const serviceId = (field: Path) => {
    const id = getAt(statement, field);
    if (typeof id === 'string' && id.trim() !== '' && !SERVICE_ID.test(toAsciiDigits(id.trim()))) checks.push({ field, code: 'service-id' });
  };
  required(['title']);
  required(['provider', 'name']);
  if (getAt(statement, ['service']) !== undefined) serviceId(['service', 'id']);
  const sections = getAt(statement, ['sections']);
  if (Array.isArray(sections)) {
    sections.forEach((section, index) => {
      if (getAt(section, ['kind']) === 'other') required(['sections', index, 'title']);
    });
  }
  const items = getAt(statement, ['services', 'items']);
  if (Array.isArray(items)) {
    items.forEach((_, index) => {
      required(['services', 'items', index, 'name']);
      serviceId(['services', 'items', index, 'id']);
    });
  }
  const from = parseStatementDate(String(getAt(statement, ['validity', 'from']) ?? ''));
  const until = parseStatementDate(String(getAt(statement, ['validity', 'until']) ?? ''));
  if (from && until && isRealDate(from) && isRealDate(until) && toUtcMillis(until) < toUtcMillis(from)) {
    checks.push({ field: ['validity', 'until'], code: 'date-order' });
  }
  return checks;
}
