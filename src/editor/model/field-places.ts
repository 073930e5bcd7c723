/**
 * Which form field a message belongs to. A validation problem names a JSON path; an import
 * warning names a line of the source and, often, the text concerned. Both are placed at the
 * field that shows that value (a whole section at its kind, a service row at its name), or, for
 * what the form cannot show (the document's shape, its version), at the JSON tab. Warnings about
 * text that was left out of the statement have no field: they are listed with their source line.
 */
import type { PathKey } from '../../format/json-path.js';
import type { ListBlock, Statement, TermsBlock } from '../../format/schema.js';
import { parseJsonPath } from '../../importer/json-locator.js';
import type { ImportWarning } from '../../importer/warnings.js';
import { searchKey } from '../../text/persian-text.js';
import { getAt, type Path } from './edits.js';

/** The JSON tab: for what only the JSON can show. */
const JSON_FIELD: Path = [];

const FIELDS_OF: Record<string, readonly string[]> = {
  provider: ['name', 'url', 'parent'],
  service: ['name', 'id'],
  validity: ['from', 'until', 'signatory'],
};
const SECTION_FIELDS = ['kind', 'title', 'id'];
const SERVICE_FIELDS = ['name', 'unit', 'id', 'audience', 'channels', 'duration', 'visits', 'cost', 'url'];

/** The field showing the value at a problem's JSON path. */
export function fieldOfPath(path: string | readonly PathKey[]): Path {
  const keys = typeof path === 'string' ? parseJsonPath(path) : path;
  const [top, second, third, fourth, fifth, sixth] = keys;
  switch (top) {
    case 'title':
    case 'lang':
    case 'dir':
      return [top];
    case 'provider':
    case 'service':
    case 'validity': {
      const fields = FIELDS_OF[top]!;
      return [top, typeof second === 'string' && fields.includes(second) ? second : fields[0]!];
    }
    case 'sections': {
      if (typeof second !== 'number') return ['sections'];
      if (third === 'content' && typeof fourth === 'number') {
        const block: Path = ['sections', second, 'content', fourth];
        if (fifth === 'list' && typeof sixth === 'number') return [...block, 'list', sixth];
        if (fifth === 'terms' && typeof sixth === 'number') return [...block, 'terms', sixth, keys[6] === 'text' ? 'text' : 'term'];
        return block;
      }
      return ['sections', second, typeof third === 'string' && SECTION_FIELDS.includes(third) ? third : 'kind'];
    }
    case 'services': {
      if (second === 'title') return ['services', 'title'];
      if (second !== 'items' || typeof third !== 'number') return ['services'];
      return ['services', 'items', third, typeof fourth === 'string' && SERVICE_FIELDS.includes(fourth) ? fourth : 'name'];
    }
    default:
      return JSON_FIELD;
  }
}

const key = (text: string | undefined) => searchKey(text ?? '');

/** Sections whose title (or, untitled, whose kind) the warning's text names. */
function sectionsNamed(statement: Statement, text: string | undefined): number[] {
  const wanted = key(text);
  if (wanted === '') return [];
  return statement.sections.flatMap((section, index) => {
    const title = key(section.title);
    return title !== '' && (wanted.includes(title) || title.includes(wanted)) ? [index] : [];
  });
}

/** The block holding the warning's text: a paragraph, a list item or a term. */
function blockWith(statement: Statement, text: string | undefined): Path | null {
  const wanted = key(text);
  if (wanted === '') return null;
  for (const [s, section] of statement.sections.entries()) {
    for (const [b, block] of section.content.entries()) {
      const at: Path = ['sections', s, 'content', b];
      if (typeof block === 'string') {
        if (key(block).includes(wanted)) return at;
      } else if ('list' in block) {
        const item = (block as ListBlock).list.findIndex((entry) => key(entry).includes(wanted));
        if (item >= 0) return [...at, 'list', item];
      } else {
        const { terms } = block as TermsBlock;
        const term = terms.findIndex((entry) => key(entry.term).includes(wanted) || key(entry.text).includes(wanted));
        if (term >= 0) return [...at, 'terms', term, key(terms[term]!.term).includes(wanted) ? 'term' : 'text'];
      }
    }
  }
  return null;
}

/**
 * The field an import warning is about, in the statement the import made, or null for text the
 * statement does not hold (page chrome, lines left out, a Word reader's message).
 */
export function placeWarning(warning: ImportWarning, statement: Statement): Path | null {
  switch (warning.code) {
    case 'no-title':
    case 'repeated-title':
      return ['title'];
    case 'no-provider':
    case 'provider-guessed':
    case 'other-agency':
    case 'repeated-agency':
      return ['provider', 'name'];
    case 'no-end-date':
    case 'dates-differ':
      return ['validity', 'until'];
    case 'date-invalid':
    case 'date-ambiguous': {
      const from = getAt(statement, ['validity', 'from']);
      return ['validity', from !== undefined && warning.value !== undefined && key(String(from)) === key(warning.value) ? 'from' : 'until'];
    }
    case 'table-header':
    case 'table-column':
    case 'table-column-left-out':
    case 'table-cell':
    case 'table-row':
    case 'table-row-left-out':
    case 'appendix-line':
      return statement.services ? ['services'] : null;
    case 'no-headings':
    case 'lead-introduction':
      return statement.sections.length > 0 ? ['sections', 0, 'kind'] : null;
    case 'other-heading':
    case 'joined-headings':
    case 'empty-section': {
      const found = sectionsNamed(statement, warning.text);
      return found.length > 0 ? ['sections', found[0]!, 'kind'] : null;
    }
    case 'duplicate-section': {
      // The later of two sections of one kind is the repeat.
      const found = sectionsNamed(statement, warning.text);
      return found.length > 0 ? ['sections', found.at(-1)!, 'kind'] : null;
    }
    case 'short-line':
    case 'short-line-term':
      return blockWith(statement, warning.text);
    case 'reversed-latin':
      return blockWith(statement, warning.value) ?? (key(statement.title).includes(key(warning.value)) ? ['title'] : null);
    case 'empty':
    case 'unplaced':
    case 'chrome':
    case 'punctuation':
    case 'before-title':
    case 'html-left-out':
    case 'word-message':
      return null;
  }
}
