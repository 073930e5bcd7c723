/**
 * A blank statement laid out as the national template: its eleven sections in the template's
 * order, each with no text yet. Titles are left out, so the element shows each kind's standard
 * heading in the reader's language; the form shows the heading and a line of guidance as
 * placeholders, never as content.
 */
import { FORMAT_VERSION, STANDARD_SECTION_KINDS, type Statement } from '../../format/schema.js';

export function blankStatement(): Statement {
  return {
    version: FORMAT_VERSION,
    lang: 'fa',
    title: '',
    provider: { name: '' },
    sections: STANDARD_SECTION_KINDS.map((kind) => ({ kind, content: [] })),
  };
}
