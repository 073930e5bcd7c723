/**
 * The appendix (پیوست) of services. Copying an HTML table out of a page gives either one cell per
 * line (seed 001: «ردیف», the column headers, then «1», the unit, the service, «2», …) or one row
 * per line with tabs or «|» between the cells; a bulleted list of services is read too.
 */
import type { ServiceItem } from '../format/schema.js';
import { foldPersian, searchKey } from '../text/persian-text.js';
import { splitMarker, unwrapAutolinks, type SourceLine } from './lines.js';
import type { ImportWarning } from './warnings.js';

type Column = 'number' | 'name' | 'unit' | 'id' | 'duration' | 'cost' | 'visits' | 'url' | 'ignored';

const COLUMN_PATTERNS: readonly (readonly [Column, RegExp])[] = [
  ['number', /^(?:ردیف|شماره|#|no)$/],
  ['name', /^(?:(?:عنوان|نام|شرح)?(?:خدمت|خدمات)|عنوان)$/],
  ['id', /^(?:شناسه|کد)(?:خدمت)?$/],
  ['unit', /^(?:واحد|دفتر|حوزه|معاونت|اداره|بخش)(?:ارایهدهنده|ارایهدهندهخدمت|مربوط|مربوطه|سازمانی|متولی|مسیول)?$/],
  ['duration', /^(?:متوسط)?(?:مدت|زمان)/],
  ['cost', /(?:هزینه|تعرفه)/],
  ['visits', /(?:مراجعه|حضوری)/],
  ['url', /(?:پیوند|لینک|نشانی)/],
];

function columnOf(header: string): Column | null {
  const key = searchKey(header);
  for (const [column, pattern] of COLUMN_PATTERNS) if (pattern.test(key)) return column;
  return null;
}

const isRowNumber = (text: string, n: number) => foldPersian(text) === String(n);

function splitCells(text: string): string[] | null {
  const separator = text.includes('\t') ? /\t+/ : text.includes('|') ? /\s*\|\s*/ : null;
  if (!separator) return null;
  const cells = text.split(separator).map((cell) => cell.trim());
  while (cells[0] === '') cells.shift();
  while (cells.at(-1) === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

function classify(headers: readonly string[], headerLine: number, warnings: ImportWarning[]): Column[] {
  const columns = headers.map((header) => columnOf(header));
  // A header that names no known column: the unit when the table has no unit column yet (seed
  // 001 prints the unit itself as the header), else the service name when that is missing.
  columns.forEach((column, index) => {
    if (column !== null) return;
    if (!columns.includes('unit')) {
      columns[index] = 'unit';
      warnings.push({ line: headerLine, code: 'table-column', text: headers[index] });
    } else if (!columns.includes('name')) columns[index] = 'name';
    else columns[index] = 'ignored';
  });
  if (!columns.includes('name')) {
    const last = columns.lastIndexOf('unit');
    if (last >= 0) columns[last] = 'name';
  }
  return columns as Column[];
}

function toItem(columns: readonly Column[], cells: readonly string[]): ServiceItem | null {
  const item: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const cell = cells[index]?.trim();
    if (!cell || column === 'number' || column === 'ignored') return;
    if (column === 'visits') {
      const visits = Number(foldPersian(cell));
      if (Number.isInteger(visits) && visits >= 0) item['visits'] = visits;
    } else if (column === 'url') {
      const url = unwrapAutolinks(cell);
      if (/^https?:\/\//i.test(url)) item['url'] = url;
    } else item[column] = cell;
  });
  if (typeof item['name'] !== 'string') return null;
  // The format's order: name first, then unit and the rest.
  const { name, ...rest } = item;
  return { name, ...rest } as ServiceItem;
}

export function readAppendix(lines: readonly SourceLine[], warnings: ImportWarning[]): ServiceItem[] {
  const items: ServiceItem[] = [];
  const rest = lines.filter((line) => line.text !== '');
  const headerIndex = rest.findIndex((line) => {
    const first = splitCells(line.text)?.[0] ?? line.text;
    return columnOf(first) === 'number';
  });
  const leftOut = (line: SourceLine) => warnings.push({ line: line.number, code: 'appendix-line', text: line.text });

  if (headerIndex < 0) {
    // No table: a list of services, one per bullet or numbered line.
    for (const line of rest) {
      const { marker, body } = splitMarker(line.text);
      if (marker) items.push({ name: body });
      else leftOut(line);
    }
    return items;
  }
  rest.slice(0, headerIndex).forEach(leftOut);
  const header = rest[headerIndex]!;
  const rowCells = splitCells(header.text);

  if (rowCells) {
    // One row per line, cells separated by tabs or «|».
    const columns = classify(rowCells, header.number, warnings);
    for (const line of rest.slice(headerIndex + 1)) {
      let cells = splitCells(line.text);
      if (!cells) {
        leftOut(line);
        continue;
      }
      if (columns[0] === 'number' && cells.length === columns.length - 1) cells = ['', ...cells];
      if (cells.length !== columns.length) {
        warnings.push({ line: line.number, code: 'table-row', text: cells[0], value: String(cells.length) });
      }
      const item = toItem(columns, cells);
      if (item) items.push(item);
      else leftOut(line);
    }
    return items;
  }

  // One cell per line: the headers run until the line «1».
  let at = headerIndex + 1;
  const headers = [header.text];
  while (at < rest.length && !isRowNumber(rest[at]!.text, 1)) headers.push(rest[at++]!.text);
  const columns = classify(headers, header.number, warnings);
  const width = columns.length - 1;

  for (let row = 1; at < rest.length && isRowNumber(rest[at]!.text, row); row++) {
    const start = at + 1;
    let end = start + width;
    const aligned = end >= rest.length || isRowNumber(rest[end]!.text, row + 1);
    if (!aligned) {
      // A missing or extra cell: the row runs to the next row number, if there is one.
      const next = rest.findIndex((line, index) => index >= start && isRowNumber(line.text, row + 1));
      if (next >= 0) end = next;
    }
    end = Math.min(end, rest.length);
    const cells = rest.slice(start, end).map((line) => line.text);
    if (cells.length !== width) {
      warnings.push({ line: rest[at]!.number, code: 'table-row', text: rest[at]!.text, value: String(cells.length) });
    }
    // Cells line up from the end: a missing cell is more often a blank unit than a blank name.
    const padded = cells.length < width ? [...Array<string>(width - cells.length).fill(''), ...cells] : cells.slice(0, width);
    const item = toItem(columns, [rest[at]!.text, ...padded]);
    if (item) items.push(item);
    at = end;
  }
  rest.slice(at).forEach(leftOut);
  return items;
}
