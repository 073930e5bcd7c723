/**
 * Rows pasted into the services grid from a spreadsheet (Excel, LibreOffice, Google Sheets) or a
 * Word table: the clipboard holds an HTML table, tab-separated text, or both. The columns are
 * mapped by their header with the importer's own mapping (`columnOf`), shown to the author, who
 * may correct it, and the rows are then read into services by the importer's `readTable`, so a
 * pasted table and an imported one give the same services.
 */
import type { ServiceItem } from '../../format/schema.js';
import { columnOf, readTable, type Column } from '../../importer/appendix.js';
import { readHtml } from '../../importer/html.js';
import { SERVICE_COLUMNS } from '../../services/service-catalog.js';
import { STATEMENT_LABELS } from '../../wording/statement-labels-by-language.js';
import type { SourceLine } from '../../importer/lines.js';
import type { ImportWarning } from '../../importer/warnings.js';

export type { Column };

export interface PastedTable {
  /** Cells by row, as pasted; every row as wide as the widest. */
  rows: string[][];
}

export interface ColumnMapping {
  /** The first row names the columns. */
  header: boolean;
  /** For each column of the table, the field it fills, or null to leave it out. */
  columns: (Column | null)[];
}

/** The fields a column can fill, in the order the element's table shows them. */
export const COLUMN_FIELDS: readonly Column[] = SERVICE_COLUMNS;

/**
 * A header text for each field that `columnOf` maps back to it: a corrected mapping is handed to
 * `readTable` as a header row, so there is one mapping of columns, not two. The element's own
 * Persian column headings serve (test/unit/editor-column-mapping.test.ts maps each field back).
 */
const HEADER_OF: Record<Column, string> = STATEMENT_LABELS.fa.columns;
/** A header no column pattern matches: the column is left out. */
const LEFT_OUT_HEADER = '—';

/** The table on the clipboard: the first HTML table when there is one, else tab-separated text. */
export function readClipboardTable(data: { html?: string; text?: string }): PastedTable | null {
  if (data.html && /<table[\s>]/i.test(data.html)) {
    const rows = readHtml(data.html).flatMap((line) => (line.structure?.kind === 'row' ? [line.structure] : []));
    const first = rows[0]?.table;
    if (first !== undefined) return square(rows.filter((row) => row.table === first).map((row) => row.cells));
  }
  if (data.text && data.text.includes('\t')) return square(readTabSeparated(data.text));
  return null;
}

function square(rows: string[][]): PastedTable | null {
  const kept = rows.map((row) => row.map((cell) => cell.trim())).filter((row) => row.some((cell) => cell !== ''));
  if (kept.length === 0) return null;
  const width = Math.max(...kept.map((row) => row.length));
  return { rows: kept.map((row) => [...row, ...Array<string>(width - row.length).fill('')]) };
}

/**
 * Tab-separated text as spreadsheets put it on the clipboard: a cell holding a tab, a line break
 * or a quote is quoted, with quotes doubled inside.
 */
export function readTabSeparated(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/\r\n?/g, '\n');
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (body[at + 1] === '"') cell += body[++at];
      else quoted = false;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === '\t' || char === '\n') {
      row.push(cell);
      cell = '';
      if (char === '\n') {
        rows.push(row);
        row = [];
      }
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * The mapping the importer would make: the first row is a header when it names the service
 * column, or two known columns; otherwise every row is a service and the widest text column is
 * taken for the name, for the author to correct.
 */
export function guessMapping(table: PastedTable): ColumnMapping {
  const first = table.rows[0] ?? [];
  const named = first.map((cell) => columnOf(cell));
  const unique = named.map((column, index) => (column !== null && named.indexOf(column) === index ? column : null));
  if (unique.includes('name') || unique.filter((column) => column !== null).length >= 2) return { header: true, columns: unique };
  const lengths = first.map((_, column) => table.rows.reduce((sum, row) => sum + (/^\s*[\d۰-۹٠-٩]*\s*$/.test(row[column] ?? '') ? 0 : (row[column] ?? '').length), 0));
  const name = lengths.indexOf(Math.max(...lengths));
  return { header: false, columns: first.map((_, index) => (index === name ? 'name' : null)) };
}

export type MappingFault = 'no-name' | 'repeated';

/** What stops a mapping from being applied: no column for the name, or one field twice. */
export function mappingFault(mapping: ColumnMapping): MappingFault | null {
  const used = mapping.columns.filter((column): column is Column => column !== null);
  if (!used.includes('name')) return 'no-name';
  return new Set(used).size === used.length ? null : 'repeated';
}

/**
 * The rows as services, by `readTable` with the mapping as its header. Warnings are those of
 * cells it could not read (a visits cell «چند بار») and rows without a name; the columns the
 * author left out are not warned again.
 */
export function applyMapping(table: PastedTable, mapping: ColumnMapping): { items: ServiceItem[]; warnings: ImportWarning[] } {
  if (mappingFault(mapping) !== null) return { items: [], warnings: [] };
  const headers = mapping.columns.map((column) => (column === null ? LEFT_OUT_HEADER : HEADER_OF[column]));
  const body = mapping.header ? table.rows.slice(1) : table.rows;
  const line = (number: number, cells: string[], header: boolean): SourceLine => ({
    number,
    text: cells.join('\t'),
    structure: { kind: 'row', cells, header, table: 1 },
  });
  // Line numbers are the rows' as pasted, counted from 1, so a warning names the row the author sees.
  const lines = [line(mapping.header ? 1 : 0, headers, true), ...body.map((cells, index) => line(index + (mapping.header ? 2 : 1), cells, false))];
  const warnings: ImportWarning[] = [];
  const read = readTable(lines, warnings);
  const kept = warnings.filter((warning) => warning.code !== 'table-header' && warning.code !== 'table-column-left-out');
  return { items: 'services' in read ? read.services : [], warnings: kept };
}
