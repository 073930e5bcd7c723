/**
 * The appendix (پیوست) of services, and the one place where a table's columns are mapped to a
 * service's fields, for every input: a text appendix (readAppendix) and the tables of an HTML page
 * or a Word file (readTable).
 *
 * Copying an HTML table out of a page gives either one cell per line (seed 001: «ردیف», the column
 * headers, then «1», the unit, the service, «2», …) or one row per line with tabs or «|» between
 * the cells; a bulleted list of services is read too. HTML and Word give the rows themselves.
 */
import { AUDIENCES, CHANNELS, LINK_PATTERN, type Audience, type Channel, type ServiceItem } from '../format/schema.js';
import { foldPersian, searchKey } from '../text/persian-text.js';
import { findWebAddress, splitMarker, trimLine, type SourceLine } from './lines.js';
import type { ImportWarning } from './warnings.js';

export type Column = 'number' | 'name' | 'unit' | 'id' | 'audience' | 'channels' | 'duration' | 'cost' | 'visits' | 'url';

/**
 * Header texts, matched on searchKey (no spaces, ي/ك folded, ئ → ی): the first pattern that
 * matches wins, so the more specific come first («شیوه ارائه» is the channels, not a unit
 * «… ارائه دهنده»; «تعداد مراجعه حضوری» is the visits, not the channel «حضوری»).
 */
const UNIT_WORD = '(?:واحد|دفتر|حوزه|معاونت|اداره|بخش|مدیریت|دایره|گروه|سازمان|دستگاه)';
const COLUMN_PATTERNS: readonly (readonly [Column, RegExp])[] = [
  ['number', /^(?:ردیف|شماره|شمارهردیف|#|no|ر)\.?$/],
  ['id', /^(?:شناسه|کد)(?:خدمت|خدمات|یکتا|یکتایخدمت|ملیخدمت)?$/],
  ['name', /^(?:(?:عنوان|نام|شرح|موضوع)?(?:خدمت|خدمات)(?:الکترونیکی|الکترونیک)?|عنوان|نام|شرح|موضوع)$/],
  ['audience', /^(?:نوع(?:خدمت|خدمات)?|(?:خدمت)?گیرنده(?:خدمت|خدمات)?|خدمتگیرندگان|مخاطب(?:ان|ین)?(?:خدمت|خدمات)?|نوعمخاطب)$/],
  ['channels', /^(?:(?:شیوه|نحوه|روش|شیوههای|روشهای|نحوهی)(?:ارایه|دریافت)|کانال|کانالهای|مجاری|مجرای)(?:ارایه)?(?:خدمت|خدمات)?$/],
  ['unit', new RegExp(`^${UNIT_WORD}(?:ارایهدهنده|ارایهدهندهخدمت|مربوط|مربوطه|سازمانی|متولی|مسیول|مجری|پاسخگو)?$`)],
  ['visits', /^(?:تعداد)?(?:دفعات)?(?:مراجعه|مراجعات)(?:حضوری)?$|^تعداددفعاتمراجعه/],
  ['duration', /^(?:متوسط|حداکثر)?(?:مدت|زمان)/],
  ['cost', /(?:هزینه|تعرفه)/],
  ['url', /(?:پیوند|لینک|نشانی|آدرس)/],
];

export function columnOf(header: string): Column | null {
  const key = searchKey(header);
  for (const [column, pattern] of COLUMN_PATTERNS) if (pattern.test(key)) return column;
  return null;
}

/** A header that is a unit's own name («دفتر امور اتباع», seed 001) rather than a column name. */
const UNIT_NAME = new RegExp(`^${UNIT_WORD}`);

interface ColumnPlan {
  /** Per cell position: the field it fills, or null for a column that is left out. */
  columns: (Column | null)[];
  headers: string[];
}

/**
 * The fields a header row names. A header that names no known column but starts like a unit's
 * name is read as the unit column when there is none (warned: a guess); if no column names the
 * service, the last unit column is the name. Any other header is left out, and `reportColumns`
 * names it once the rows are read.
 */
function planColumns(headers: readonly string[], header: SourceLine, warnings: ImportWarning[]): ColumnPlan {
  const columns: (Column | null)[] = headers.map((text) => columnOf(text));
  columns.forEach((column, index) => {
    if (column !== null || columns.includes('unit') || !UNIT_NAME.test(searchKey(headers[index]!))) return;
    columns[index] = 'unit';
    warnings.push(warning(header, 'table-column', headers[index]));
  });
  if (!columns.includes('name')) {
    const unit = columns.lastIndexOf('unit');
    if (unit >= 0) columns[unit] = 'name';
  }
  return { columns, headers: [...headers] };
}

/**
 * The header itself is not text of the statement: each header line is named with the fields its
 * columns fill, so the author can check the mapping (and nothing leaves in silence).
 */
function reportHeader(plan: ColumnPlan, lines: readonly SourceLine[], warnings: ImportWarning[]): void {
  if (lines.length === 1) {
    const fields = plan.columns.map((column) => column ?? '-').join(', ');
    warnings.push(warning(lines[0]!, 'table-header', plan.headers.join(' | '), fields));
    return;
  }
  lines.forEach((line, index) => warnings.push(warning(line, 'table-header', plan.headers[index], plan.columns[index] ?? '-')));
}

/** One warning for each column left out, with how many cells of text it held. */
function reportColumns(plan: ColumnPlan, header: SourceLine, rows: readonly string[][], warnings: ImportWarning[]): void {
  plan.columns.forEach((column, index) => {
    if (column !== null) return;
    const cells = rows.filter((cells) => hasText(cells[index])).length;
    warnings.push(warning(header, 'table-column-left-out', plan.headers[index] || `#${index + 1}`, String(cells)));
  });
}

function warning(line: SourceLine, code: ImportWarning['code'], text?: string, value?: string): ImportWarning {
  return {
    line: line.number,
    ...(line.where === undefined ? {} : { where: line.where }),
    code,
    ...(text === undefined ? {} : { text }),
    ...(value === undefined ? {} : { value }),
  };
}

/** A cell with nothing in it, or only a dash or dot meaning «none». */
const hasText = (cell: string | undefined) => cell !== undefined && !/^[\s\u00A0\-–—_.…/\\*×]*$/.test(cell);

// ---------------------------------------------------------------------------------------------
// Cell values

const NUMBER_WORDS: Record<string, number> = {
  صفر: 0, ندارد: 0, هیچ: 0, نیازندارد: 0, بدونمراجعه: 0, غیرحضوری: 0,
  یک: 1, یکبار: 1, دو: 2, دوبار: 2, سه: 3, سهبار: 3, چهار: 4, چهاربار: 4, پنج: 5, پنجبار: 5,
};

/** «۱»، «1 بار»، «یک بار»، «ندارد» → a count of visits; null when the cell says something else. */
export function readVisits(cell: string): number | null {
  const key = searchKey(cell);
  const digits = /^(\d{1,3})(?:بار|مرحله|مرتبه|نوبت)?$/.exec(key);
  if (digits) return Number(digits[1]);
  return NUMBER_WORDS[key.replace(/(?:مرحله|مرتبه|نوبت)$/, 'بار')] ?? NUMBER_WORDS[key] ?? null;
}

/** Words people write for each audience; «دولت به …» names the receiving side. */
const AUDIENCE_WORDS: readonly (readonly [Audience, RegExp])[] = [
  ['G2B', /کسبوکار|کسبوکارها|بنگاه|شرکت|اشخاصحقوقی|حقوقی|تجار|بازرگان|فعالاناقتصادی|تولیدکننده/],
  ['G2E', /کارکنان|کارمند|کارمندان|پرسنل/],
  ['G2G', /دستگاه|دولت|سازمان|ادارات|نهاد/],
  ['G2C', /شهروند|مردم|عموم|اشخاصحقیقی|حقیقی|متقاضی|اربابرجوع|مراجعین|افراد|دانشجو|بیمار|مشترک/],
];

const CHANNEL_WORDS: readonly (readonly [Channel, RegExp])[] = [
  ['app', /اپلیکیشن|اپلیکیشن|نرمافزار(?:تلفن)?همراه|برنامک|اپ$|app|mobileapp|همراههوشمند/],
  ['sms', /پیامک|پیامکوتاه|sms|ussd|کددستوری/],
  ['pishkhan', /پیشخوان/],
  ['phone', /تلفن|تلفنی|تماس|مرکزتماس|phone|call/],
  ['post', /پست/],
  ['in-person', /^(?:مراجعه)?حضوری$|^حضوری/],
  ['web', /اینترنت|اینترنتی|الکترونیک|الکترونیکی|برخط|آنلاین|وب|سایت|پرتال|درگاه|پنجره|سامانه|web|online|internet|portal/],
];

/**
 * Splits a cell into the words it lists: «اینترنتی، پیشخوان و حضوری», «G2C/G2B»,
 * «شهروندان - کسب و کار» (the «و» inside «کسب و کار» is no separator).
 */
function listWords(cell: string): string[] {
  const joined = cell.replace(/کسب[\s\u200C]*و[\s\u200C]*کار/g, 'کسب‌وکار').replace(/(?:دولت|حکومت)[\s\u200C]*به[\s\u200C]*/g, '');
  return joined
    .split(/[،,;؛/|+\n•·]|\s+و\s+|\s+یا\s+|\s[-–—]\s/)
    .map((word) => trimLine(word).replace(/^[-–—(]+|[-–—)]+$/g, ''))
    .filter((word) => word !== '');
}

function readWords<T extends string>(cell: string, words: readonly (readonly [T, RegExp])[], codes: readonly T[]): { values: T[]; unknown: string[] } {
  const values = new Set<T>();
  const unknown: string[] = [];
  // Codes written out («G2C», «web») need no words.
  for (const code of codes) if (new RegExp(`(?:^|[^a-z0-9-])${code.toLowerCase()}(?:$|[^a-z0-9-])`).test(foldPersian(cell))) values.add(code);
  if (values.size > 0) return { values: codes.filter((code) => values.has(code)), unknown };
  for (const word of listWords(cell)) {
    const key = searchKey(word);
    if (/^غیر/.test(key)) {
      unknown.push(word);
      continue;
    }
    const found = words.find(([, pattern]) => pattern.test(key));
    if (found) values.add(found[0]);
    else unknown.push(word);
  }
  return { values: codes.filter((code) => values.has(code)), unknown };
}

export const readAudience = (cell: string) => readWords(cell, AUDIENCE_WORDS, AUDIENCES);
export const readChannels = (cell: string) => readWords(cell, CHANNEL_WORDS, CHANNELS);

/** «نام خدمت (https://…)», as readHtml writes a linked cell: the name and the address. */
const LINKED = /^(.+?)\s+\((https?:\/\/[^\s()]+)\)$/;

/** A service from one row; null when the row names no service. Unreadable cells are warned. */
function toItem(columns: readonly (Column | null)[], cells: readonly string[], line: SourceLine, warnings: ImportWarning[]): ServiceItem | null {
  const item: Record<string, unknown> = {};
  const unreadable = (cell: string, column: Column) => warnings.push(warning(line, 'table-cell', cell, column));
  columns.forEach((column, index) => {
    const cell = trimLine(cells[index] ?? '');
    if (!hasText(cell) || column === null || column === 'number') return;
    switch (column) {
      case 'visits': {
        const visits = readVisits(cell);
        if (visits === null) unreadable(cell, column);
        else item['visits'] = visits;
        break;
      }
      case 'url': {
        const url = findWebAddress(cell);
        if (url === undefined) unreadable(cell, column);
        else item['url'] = url;
        break;
      }
      case 'audience':
      case 'channels': {
        const { values, unknown } = column === 'audience' ? readAudience(cell) : readChannels(cell);
        if (values.length > 0) item[column] = values;
        if (unknown.length > 0) unreadable(values.length > 0 ? unknown.join('، ') : cell, column);
        break;
      }
      case 'name': {
        const linked = LINKED.exec(cell);
        if (linked && LINK_PATTERN.test(linked[2]!)) {
          item['name'] = linked[1];
          item['linked'] = linked[2];
        } else item['name'] = cell;
        break;
      }
      default:
        item[column] = cell;
    }
  });
  const { name, linked, ...rest } = item;
  if (typeof name !== 'string') return null;
  if (typeof linked === 'string' && rest['url'] === undefined) rest['url'] = linked;
  // The format's order: name first, then the rest as the format lists them.
  const ordered: Record<string, unknown> = { name };
  for (const field of ['unit', 'id', 'audience', 'channels', 'duration', 'visits', 'cost', 'url']) {
    if (rest[field] !== undefined) ordered[field] = rest[field];
  }
  return ordered as ServiceItem;
}

// ---------------------------------------------------------------------------------------------
// Text appendix

const isRowNumber = (text: string, n: number) => foldPersian(text) === String(n);

function splitCells(text: string): string[] | null {
  const separator = text.includes('\t') ? /\t+/ : text.includes('|') ? /\s*\|\s*/ : null;
  if (!separator) return null;
  const cells = text.split(separator).map((cell) => cell.trim());
  while (cells[0] === '') cells.shift();
  while (cells.at(-1) === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

export function readAppendix(lines: readonly SourceLine[], warnings: ImportWarning[]): ServiceItem[] {
  const items: ServiceItem[] = [];
  const rest = lines.filter((line) => line.text !== '');
  const headerIndex = rest.findIndex((line) => {
    const first = splitCells(line.text)?.[0] ?? line.text;
    return columnOf(first) === 'number';
  });
  const leftOut = (line: SourceLine) => warnings.push(warning(line, 'appendix-line', line.text));

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
    const plan = planColumns(rowCells, header, warnings);
    reportHeader(plan, [header], warnings);
    const { columns } = plan;
    const read: string[][] = [];
    for (const line of rest.slice(headerIndex + 1)) {
      let cells = splitCells(line.text);
      if (!cells) {
        leftOut(line);
        continue;
      }
      if (columns[0] === 'number' && cells.length === columns.length - 1) cells = ['', ...cells];
      if (cells.length !== columns.length) warnings.push(warning(line, 'table-row', cells[0], String(cells.length)));
      read.push(cells);
      const item = toItem(columns, cells, line, warnings);
      if (item) items.push(item);
      else leftOut(line);
    }
    reportColumns(plan, header, read, warnings);
    return items;
  }

  // One cell per line: the headers run until the line «1».
  let at = headerIndex + 1;
  const headers = [header.text];
  while (at < rest.length && !isRowNumber(rest[at]!.text, 1)) headers.push(rest[at++]!.text);
  const plan = planColumns(headers, header, warnings);
  reportHeader(plan, rest.slice(headerIndex, at), warnings);
  const width = plan.columns.length - 1;
  const read: string[][] = [];

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
    if (cells.length !== width) warnings.push(warning(rest[at]!, 'table-row', rest[at]!.text, String(cells.length)));
    // Cells line up from the end: a missing cell is more often a blank unit than a blank name.
    const padded = cells.length < width ? [...Array<string>(width - cells.length).fill(''), ...cells] : cells.slice(0, width);
    const rowCells = [rest[at]!.text, ...padded];
    read.push(rowCells);
    const item = toItem(plan.columns, rowCells, rest[at]!, warnings);
    if (item) items.push(item);
    at = end;
  }
  reportColumns(plan, header, read, warnings);
  rest.slice(at).forEach(leftOut);
  return items;
}

// ---------------------------------------------------------------------------------------------
// Tables of HTML and Word

const cellsOf = (line: SourceLine): string[] =>
  line.structure?.kind === 'row' ? line.structure.cells.map((cell) => trimLine(cell)) : splitCells(line.text) ?? [line.text];

/** How many header rows are looked at before the table is taken for something else. */
const HEADER_SEARCH_ROWS = 3;

/** A header row of a services table: it names the service and one more field, or says «خدمت». */
function servicesHeader(cells: readonly string[]): boolean {
  const columns = cells.map((cell) => columnOf(cell));
  const name = columns.indexOf('name');
  if (name < 0) return false;
  return columns.filter((column) => column !== null).length >= 2 || /خدمت|خدمات/.test(searchKey(cells[name]!));
}

/**
 * One table of an HTML page or a Word file, as its row lines in order. A table whose header row
 * names service columns becomes services, each column mapped by its header text; every column it
 * cannot map, every cell it cannot read and every row it cannot place is warned with the row's
 * line. Any other table becomes lines: two columns give «term: text» lines, more give one line
 * per row with the cells joined by « – ».
 */
export function readTable(rows: readonly SourceLine[], warnings: ImportWarning[]): { services: ServiceItem[] } | { lines: SourceLine[] } {
  const table = rows.map((line) => ({ line, cells: cellsOf(line) }));
  const headerIndex = table.slice(0, HEADER_SEARCH_ROWS).findIndex(({ cells }) => servicesHeader(cells));
  if (headerIndex < 0) return { lines: tableLines(table) };

  const { line: header, cells: headers } = table[headerIndex]!;
  const mark = warnings.length;
  const plan = planColumns(headers, header, warnings);
  const { columns } = plan;
  const cellWarnings: ImportWarning[] = [];
  for (const { line, cells } of table.slice(0, headerIndex)) {
    const text = cells.filter(hasText).join(' – ');
    if (text) cellWarnings.push(warning(line, 'table-row-left-out', text, 'above'));
  }
  const services: ServiceItem[] = [];
  const read: string[][] = [];
  const headerKey = headers.map(searchKey).join('|');
  const hasUnit = columns.includes('unit');
  let group: string | undefined;

  for (const { line, cells: given } of table.slice(headerIndex + 1)) {
    const filled = given.filter(hasText);
    if (filled.length === 0) continue;
    // A header repeated on each page of a Word table says nothing new.
    if (given.map(searchKey).join('|') === headerKey) continue;
    // A row with one cell of text across the table: a group of services, by unit.
    if (filled.length === 1 && columns.length > 2 && (given.length === 1 || !hasText(given[columns.indexOf('name')]))) {
      if (!hasUnit) group = trimLine(filled[0]!);
      else cellWarnings.push(warning(line, 'table-row-left-out', filled[0], 'group'));
      continue;
    }
    let cells = given;
    if (columns[0] === 'number' && cells.length === columns.length - 1) cells = ['', ...cells];
    if (cells.length > columns.length && cells.slice(columns.length).some(hasText)) {
      cellWarnings.push(warning(line, 'table-row', cells[0], String(cells.length)));
    }
    read.push(cells);
    const item = toItem(columns, cells, line, cellWarnings);
    if (!item) {
      cellWarnings.push(warning(line, 'table-row-left-out', filled.join(' – '), 'no-name'));
      continue;
    }
    services.push(group !== undefined && item.unit === undefined ? withUnit(item, group) : item);
  }
  if (services.length === 0) {
    // Not a services table after all: its text as lines, and no guess about its columns.
    warnings.splice(mark);
    return { lines: tableLines(table) };
  }
  reportHeader(plan, [header], warnings);
  reportColumns(plan, header, read, warnings);
  warnings.push(...cellWarnings);
  return { services };
}

function withUnit(item: ServiceItem, unit: string): ServiceItem {
  const { name, ...rest } = item;
  return { name, unit, ...rest } as ServiceItem;
}

/** Column labels of a table of terms («اصطلاح | تعریف»): the table's frame, not its text. */
const TERM_HEADERS = /^(?:اصطلاح|اصطلاحات|واژه|واژگان|عنوان|تعریف|تعاریف|شرح|توضیح|توضیحات|مفهوم|معنی|معنا|term|definition)$/;

function tableLines(table: readonly { line: SourceLine; cells: string[] }[]): SourceLine[] {
  const width = Math.max(0, ...table.map(({ cells }) => cells.length));
  const lines: SourceLine[] = [];
  for (const [index, { line, cells }] of table.entries()) {
    const filled = cells.map((cell) => trimLine(cell)).filter((cell) => cell !== '');
    if (filled.length === 0) continue;
    if (index === 0 && width === 2 && table.length > 1 && filled.length === 2 && filled.every((cell) => TERM_HEADERS.test(searchKey(cell)))) continue;
    const base: SourceLine = { number: line.number, text: '', ...(line.where === undefined ? {} : { where: line.where }) };
    const [term, text] = [trimLine(cells[0] ?? ''), trimLine(cells[1] ?? '')];
    if (width === 2 && term && text) lines.push({ ...base, text, structure: { kind: 'term', term } });
    else lines.push({ ...base, text: filled.join(' – ') });
  }
  return lines;
}
