/**
 * HTML in: a saved web page, or what the clipboard holds after copying from a browser or from
 * Word, read into the importer's lines with the structure the HTML gives (headings, list items,
 * definitions, table rows). Only text comes out: scripts, styles, attributes and event handlers
 * never pass through, and whatever is left out on purpose (the site's navigation, header,
 * footer and side boxes, images, embedded objects) is named in a warning with its line.
 *
 * The parser is parse5: it builds the tree exactly as the HTML standard says browsers do (so
 * Word's and old portals' malformed markup ends up where a browser would put it), it gives
 * every element's source line, it needs no DOM and runs the same in Node (the CLI) and in
 * browsers (the editor), and it is small, dependency-light (only `entities`) and well kept (it
 * is the parser behind jsdom, Angular's and Vue's tooling). htmlparser2 is smaller and faster
 * but does not build the standard's tree (implied <tbody>, unclosed <p> and <li>, misnested
 * tags), which pasted HTML is full of.
 */
import { parse, type DefaultTreeAdapterTypes as Html } from 'parse5';
import { LINK_PATTERN } from '../format/schema.js';
import { DIGIT } from '../text/patterns.js';
import { headingKind } from './headings.js';
import { importLines, type ImportOptions, type ImportResult } from './import-statement.js';
import { splitMarker, trimLine, type LineStructure, type SourceLine } from './lines.js';
import type { ImportWarning } from './warnings.js';

export interface ReadHtmlOptions {
  /**
   * The HTML comes from a Word file (importDocx): every paragraph's text starts with a marker
   * «\uE000N\uE001» giving its number in the document, which becomes the line's number and
   * `where` («paragraph N», «table T, row R»). The markers never reach the text.
   */
  wordParagraphs?: boolean;
}

/** The lines of an HTML document or fragment; what was left out on purpose goes to `warnings`. */
export function readHtml(html: string, warnings: ImportWarning[] = [], options: ReadHtmlOptions = {}): SourceLine[] {
  const reader = new Reader(warnings, options.wordParagraphs === true);
  reader.document(parse(html, { sourceCodeLocationInfo: true }));
  return reader.lines;
}

/** HTML → statement: readHtml, then the importer's core, with readHtml's warnings among the rest. */
export function importHtml(html: string, options: ImportOptions = {}): ImportResult {
  const htmlWarnings: ImportWarning[] = [];
  const result = importLines(readHtml(html, htmlWarnings), options);
  return withWarnings(result, htmlWarnings);
}

/**
 * An HTML file's bytes as text: a byte order mark, else the page's own <meta charset> (older
 * Persian pages are often windows-1256), else UTF-8, as browsers decide.
 */
export function decodeHtml(bytes: Uint8Array): string {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = String.fromCharCode(...bytes.subarray(0, 1024));
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
    if (declared) label = declared;
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The result with more warnings, kept in line order. */
export function withWarnings(result: ImportResult, more: readonly ImportWarning[]): ImportResult {
  if (more.length === 0) return result;
  const warnings = [...result.warnings, ...more].sort((a, b) => a.line - b.line);
  return { ...result, warnings };
}

// ---------------------------------------------------------------------------------------------

type Node = Html.ChildNode | Html.Document;
type Element = Html.Element;

const BLOCKS = new Set(
  'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot tr td th caption ul legend'.split(
    ' ',
  ),
);
/** Never text: code, styling, templates, what shows only without scripts or frames, form lists. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'head', 'title', 'select', 'datalist', 'xml']);
/** Content that is not text: left out with a warning (their fallback text is not the statement). */
const OBJECTS = new Set(['iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'picture', 'map', 'frame', 'frameset']);
/** The page around the statement. */
const CHROME_ROLES: Record<string, string> = { navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', search: 'nav' };
/** A <header> or <footer> inside these belongs to that content, not to the page. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
/** Where a <br> joins text instead of starting a line: one heading, item, definition or cell. */
const ONE_LINE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'caption']);
/** Word's paragraph marker, written by docx.ts. */
const MARKER = /\uE000(\d+)\uE001/g;
/** Elements nested deeper than this are read as inline text, so that the walk stays shallow. */
const MAX_DEPTH = 250;
/** Tables larger than this in one cell's span are malformed; spans are cut to it. */
const MAX_SPAN = 1000;
/** A <title> is the statement's title only when it says so. */
const TITLE_WORDS = /توافق|سطح\s*خدم|\bsla\b|service level/i;

const attr = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;
const lineOf = (node: Node) => node.sourceCodeLocation?.startLine ?? 1;
/** HTML's white space (not NBSP, which the text keeps as written). */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

interface Pending {
  line: number;
  /** Not started by an element (text after a <br>, a <pre>'s lines): at its first text's line. */
  placeByText?: boolean;
  /** Spaces kept as written (a <pre>). */
  preformatted?: boolean;
  structure?: LineStructure;
  text: string;
  paragraph?: number;
  /** Where it is, when not a paragraph of the body (a Word footnote). */
  where?: string;
}

class Reader {
  readonly lines: SourceLine[] = [];
  private pending: Pending | null = null;
  private tables = 0;
  private templateHeadingSeen = false;
  private paragraph: number | undefined;
  /** Inside a <pre>: line breaks are kept. */
  private preformatted = 0;
  /** Inside a heading, item, definition or cell: <br> is a space. */
  private oneLine = 0;
  /** Collecting one cell's or term's text: blocks inside are joined with spaces, no lines made. */
  private collecting = 0;
  /** How deep the walk is in elements. */
  private depth = 0;

  constructor(
    private readonly warnings: ImportWarning[],
    private readonly word: boolean,
  ) {}

  document(document: Html.Document): void {
    const html = document.childNodes.find(isElement);
    if (!html) return;
    this.children(html);
    this.flush();
    // The page's <title> gives the statement's title only when the page shows none before its
    // first heading (the <title> usually adds the site's name to it).
    const head = html.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
    const title = head?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'title');
    const text = title ? trimLine(collapse(textOf(title))) : '';
    const firstHeading = this.lines.findIndex((line) => line.structure?.kind === 'heading');
    const shown = this.lines.slice(0, firstHeading < 0 ? this.lines.length : firstHeading).some((line) => TITLE_WORDS.test(line.text));
    if (title && text && TITLE_WORDS.test(text) && !shown) this.lines.unshift({ number: lineOf(title), text });
  }

  // -------------------------------------------------------------------------------------------
  // Lines

  private start(line: number, structure?: LineStructure): void {
    if (this.collecting > 0) return this.separate();
    this.flush();
    this.pending = { line, text: '', ...(structure ? { structure } : {}) };
  }

  private flush(): void {
    if (this.collecting > 0) return this.separate();
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const text = trimLine(pending.preformatted ? pending.text : pending.text.replace(/ {2,}/g, ' '));
    if (!text) return;
    let structure = pending.structure;
    if (structure?.kind === 'heading') {
      // Before the first template heading a heading is the page's or the statement's title:
      // a plain line, for the importer to read as the title or name as not placed.
      if (headingKind(splitMarker(text).body)) this.templateHeadingSeen = true;
      else if (!this.templateHeadingSeen) structure = undefined;
    }
    const place = this.place(pending.line, pending.paragraph);
    this.lines.push({ ...place, ...(pending.where ? { where: pending.where } : {}), text, ...(structure ? { structure } : {}) });
  }

  /** A space between two blocks' text inside one cell or term. */
  private separate(): void {
    if (this.pending && this.pending.text !== '' && !/ $/.test(this.pending.text)) this.pending.text += ' ';
  }

  /** The text of one element (a cell, a term) on one line, links and markers read as anywhere. */
  private collect(element: Element): GridCell {
    const saved = this.pending;
    this.pending = { line: lineOf(element), text: '' };
    this.collecting++;
    this.children(element);
    this.collecting--;
    const { text, paragraph } = this.pending;
    this.pending = saved;
    const result = trimLine(text.replace(/ {2,}/g, ' '));
    return paragraph === undefined ? { text: result } : { text: result, paragraph };
  }

  private place(line: number, paragraph: number | undefined): Pick<SourceLine, 'number' | 'where'> {
    if (!this.word) return { number: line };
    const number = paragraph ?? this.paragraph ?? 1;
    return { number, where: `paragraph ${number}` };
  }

  private append(text: string, node: Node): void {
    let value = text;
    if (this.word) {
      value = value.replace(MARKER, (_, number: string) => {
        this.paragraph = Number(number);
        if (this.pending && this.pending.paragraph === undefined) this.pending.paragraph = Number(number);
        return '';
      });
    }
    if (!this.pending) this.startByText(node);
    if (this.pending!.paragraph === undefined && this.word && this.paragraph !== undefined) this.pending!.paragraph = this.paragraph;
    if (this.preformatted > 0 && this.collecting === 0) {
      const pieces = value.split('\n');
      pieces.forEach((piece, index) => {
        if (index > 0) this.startByText(node);
        this.pending!.preformatted = true;
        this.addText(piece.replace(/[\t\f\r]/g, ' '), node, pieces.length - 1 - index);
      });
    } else this.addText(collapse(value), node, 0, value);
  }

  private startByText(node: Node): void {
    this.start(lineOf(node));
    if (this.pending) this.pending.placeByText = true;
  }

  /**
   * Adds text to the pending line; a line placed by its text takes the line of its first visible
   * character: the text node's last line less the line breaks after that character.
   */
  private addText(text: string, node: Node, breaksAfter: number, raw?: string): void {
    const pending = this.pending!;
    if (pending.placeByText && pending.text.trim() === '' && text.trim() !== '') {
      const end = node.sourceCodeLocation?.endLine;
      if (end !== undefined) {
        const visible = raw === undefined ? 0 : raw.search(/\S/);
        const after = raw === undefined ? breaksAfter : (raw.slice(visible).match(/\n/g) ?? []).length;
        pending.line = end - after;
      }
      pending.placeByText = false;
    }
    pending.text += text;
  }

  private warn(node: Node, value: string, text: string): void {
    const place = this.place(lineOf(node), undefined);
    this.warnings.push({ line: place.number, ...(place.where ? { where: place.where } : {}), code: 'html-left-out', text, value });
  }

  // -------------------------------------------------------------------------------------------
  // The tree

  private children(parent: Html.ParentNode): void {
    const nodes = parent.childNodes;
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (node.nodeName === '#comment') {
        // Word's list bullets and numbers: <![if !supportLists]> … <![endif]>, as written
        // out by Word in the clipboard and in saved pages; the list itself is the structure.
        if (/^\[if !supportLists\]/.test((node as Html.CommentNode).data)) {
          const end = nodes.findIndex((other, at) => at > index && other.nodeName === '#comment' && /^\[endif\]/.test((other as Html.CommentNode).data));
          // Without its [endif] beside it nothing is skipped: the mso-list:Ignore span still is.
          if (end > index) index = end;
        }
        continue;
      }
      if (node.nodeName === '#text') this.append((node as Html.TextNode).value, node);
      else if (isElement(node)) this.element(node);
    }
  }

  private element(element: Element): void {
    if (this.depth >= MAX_DEPTH) {
      // Nested deeper than any real page (unclosed tags): the rest is read as inline text.
      if (!SKIPPED.has(element.tagName) && !OBJECTS.has(element.tagName)) this.append(textOf(element), element);
      return;
    }
    this.depth++;
    try {
      this.elementAt(element);
    } finally {
      this.depth--;
    }
  }

  private elementAt(element: Element): void {
    const tag = element.tagName;
    if (SKIPPED.has(tag)) return;
    if (OBJECTS.has(tag)) {
      // Named by its title, else by its element: no address of it is repeated.
      this.warn(element, 'object', trimLine(collapse(attr(element, 'title') ?? attr(element, 'aria-label') ?? '')) || tag);
      return;
    }
    if (tag === 'img') {
      const alt = attr(element, 'alt');
      // alt="" says the image is decoration: nothing is lost.
      if (alt === '' || attr(element, 'role') === 'presentation') return;
      this.warn(element, 'img', trimLine(alt ?? '') || fileName(attr(element, 'src') ?? '') || 'img');
      return;
    }
    if (attr(element, 'style') && /mso-list:\s*ignore/i.test(attr(element, 'style')!)) return;
    const chrome = this.chromeOf(element);
    if (chrome) {
      this.flush();
      const text = trimLine(collapse(textOf(element)));
      if (text) this.warn(element, chrome, text);
      return;
    }
    if (tag === 'br') {
      if (this.oneLine > 0 || this.preformatted > 0 || this.collecting > 0) this.append(this.preformatted > 0 && this.collecting === 0 ? '\n' : ' ', element);
      else if (this.pending) this.startByText(element);
      return;
    }
    if (tag === 'a') return this.link(element);
    if (this.collecting > 0) {
      const block = BLOCKS.has(tag);
      if (block) this.separate();
      this.children(element);
      if (block) this.separate();
      return;
    }
    if (tag === 'table') return this.table(element);
    if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') return this.list(element, 1);
    if (tag === 'dl') return this.definitions(element);
    const heading = /^h([1-6])$/.exec(tag) ?? /^MsoHeading([1-6])$/i.exec(attr(element, 'class') ?? '');
    if (heading) return this.block(element, { kind: 'heading', level: Number(heading[1]) });
    const wordList = tag === 'p' ? /mso-list:\s*l\d+\s+level(\d+)/i.exec(attr(element, 'style') ?? '') : null;
    if (wordList) return this.wordListItem(element, Number(wordList[1]));
    if (tag === 'pre') {
      // Each line of a <pre> is a line, at its own line of the source.
      this.startByText(element);
      this.preformatted++;
      this.children(element);
      this.preformatted--;
      this.flush();
      return;
    }
    if (BLOCKS.has(tag)) return this.block(element);
    this.children(element);
  }

  /** The reason a container is the page's and not the statement's, or null. */
  private chromeOf(element: Element): string | null {
    const role = attr(element, 'role');
    if (role && CHROME_ROLES[role]) return CHROME_ROLES[role]!;
    const tag = element.tagName;
    if (tag === 'nav' || tag === 'aside') return tag;
    if (tag === 'header' || tag === 'footer') {
      for (let parent = element.parentNode; parent && isElementParent(parent); parent = parent.parentNode) {
        if (SECTIONING.has(parent.tagName)) return null;
      }
      return tag;
    }
    return null;
  }

  private block(element: Element, structure?: LineStructure): void {
    this.start(lineOf(element), structure);
    const oneLine = ONE_LINE.has(element.tagName) || structure !== undefined;
    if (oneLine) this.oneLine++;
    this.children(element);
    if (oneLine) this.oneLine--;
    this.flush();
  }

  private link(element: Element): void {
    // The «↑» back from a Word footnote to its reference.
    if (this.word && /^#(?:footnote|endnote)-ref-/.test(attr(element, 'href') ?? '')) return;
    const before = this.pending;
    const at = before?.text.length ?? 0;
    this.children(element);
    const href = trimLine(attr(element, 'href') ?? '');
    const pending = this.pending;
    if (!pending || !LINK_PATTERN.test(href)) return;
    const text = pending === before ? pending.text.slice(at) : pending.text;
    if (!trimLine(text) || sameAddress(text, href)) return;
    // The address is part of what the author wrote: kept after the link's text.
    pending.text = pending.text.replace(/[ ]+$/, '') + ` (${href})` + (/ $/.test(pending.text) ? ' ' : '');
  }

  // -------------------------------------------------------------------------------------------
  // Lists and definitions

  private list(list: Element, depth: number): void {
    if (this.depth >= MAX_DEPTH) {
      this.append(textOf(list), list);
      return;
    }
    this.depth++;
    try {
      this.listAt(list, depth);
    } finally {
      this.depth--;
    }
  }

  private listAt(list: Element, depth: number): void {
    this.flush();
    const ordered = list.tagName === 'ol';
    const items = list.childNodes.filter((node): node is Element => isElement(node) && node.tagName === 'li');
    if (this.word && items.length > 0 && items.every((item) => /^(?:footnote|endnote)-\d+$/.test(attr(item, 'id') ?? ''))) {
      // Word's footnotes and endnotes (mammoth lists them at the end): «[1] text» lines.
      items.forEach((item, index) => {
        const kind = attr(item, 'id')!.startsWith('footnote') ? 'footnote' : 'endnote';
        this.start(lineOf(item));
        this.pending!.text = `[${index + 1}] `;
        this.pending!.where = `${kind} ${index + 1}`;
        this.oneLine++;
        this.collecting++;
        this.children(item);
        this.collecting--;
        this.oneLine--;
        this.flush();
      });
      return;
    }
    for (const node of list.childNodes) {
      if (!isElement(node)) {
        if (node.nodeName === '#text' && trimLine((node as Html.TextNode).value)) this.append((node as Html.TextNode).value, node);
        continue;
      }
      if (node.tagName !== 'li') {
        this.element(node);
        continue;
      }
      this.item(node, depth, ordered);
    }
    this.flush();
  }

  private item(item: Element, depth: number, ordered: boolean): void {
    this.start(lineOf(item), { kind: 'item', depth });
    this.oneLine++;
    for (const node of item.childNodes) {
      if (isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol')) {
        this.oneLine--;
        this.flush();
        this.list(node, depth + 1);
        this.oneLine++;
      } else if (isElement(node) && (node.tagName === 'p' || node.tagName === 'div') && this.pending?.structure?.kind === 'item' && !trimLine(this.pending.text)) {
        // <li><p>text</p></li> (Word, mammoth): the paragraph is the item's text.
        this.children(node);
      } else if (node.nodeName === '#text') this.append((node as Html.TextNode).value, node);
      else if (isElement(node)) this.element(node);
    }
    this.oneLine--;
    this.headingItem(ordered, depth);
    this.flush();
  }

  /** A numbered item that is a template heading («۱. مقدمه» numbered by Word) is a heading. */
  private headingItem(ordered: boolean, depth: number): void {
    const pending = this.pending;
    if (ordered && depth === 1 && pending?.structure?.kind === 'item' && headingKind(splitMarker(trimLine(pending.text)).body)) {
      pending.structure = { kind: 'heading', level: 2 };
    }
  }

  /** Word's list paragraph: <p class=MsoListParagraph style="mso-list:l0 level2 lfo1">. */
  private wordListItem(element: Element, level: number): void {
    this.start(lineOf(element), { kind: 'item', depth: level });
    this.oneLine++;
    this.children(element);
    this.oneLine--;
    this.headingItem(new RegExp(DIGIT).test(wordListLabel(element)), level);
    this.flush();
  }

  private definitions(list: Element): void {
    this.flush();
    let term: { text: string; line: number } | null = null;
    let defined = false;
    const termOnly = () => {
      // A term without a definition is a line of its own.
      if (term && !defined) this.lines.push({ ...this.place(term.line, undefined), text: term.text });
    };
    const walk = (parent: Element) => {
      for (const node of parent.childNodes) {
        if (!isElement(node)) continue;
        if (node.tagName === 'div') walk(node);
        else if (node.tagName === 'dt') {
          termOnly();
          const { text } = this.collect(node);
          term = text ? { text, line: lineOf(node) } : null;
          defined = false;
        } else if (node.tagName === 'dd') {
          if (term) {
            this.block(node, { kind: 'term', term: term.text });
            defined = true;
          } else this.block(node);
        } else this.element(node);
      }
    };
    walk(list);
    termOnly();
    this.flush();
  }

  // -------------------------------------------------------------------------------------------
  // Tables

  private table(table: Element): void {
    this.flush();
    const rows = tableRows(table);
    const cells = rows.map((row) => row.childNodes.filter((node): node is Element => isElement(node) && (node.tagName === 'td' || node.tagName === 'th')));
    const width = Math.max(0, ...cells.map((row) => row.length));
    const role = attr(table, 'role');
    const layout =
      role === 'presentation' ||
      role === 'none' ||
      width <= 1 ||
      cells.some((row) => row.some((cell) => hasDescendant(cell, (element) => /^(?:table|h[1-6]|nav|section|article|header|footer|form)$/.test(element.tagName))));
    if (layout) {
      // A table used for page layout: its cells are containers of blocks.
      for (const node of table.childNodes) {
        if (isElement(node) && node.tagName === 'caption') this.block(node);
      }
      for (const row of cells) for (const cell of row) this.block(cell);
      return;
    }
    const index = this.tables++;
    for (const node of table.childNodes) {
      if (isElement(node) && node.tagName === 'caption') this.block(node);
    }
    const grid = spanGrid(rows, cells, (cell) => this.collect(cell));
    const hasHeader = grid.some((row) => row.header);
    grid.forEach((row, rowIndex) => {
      if (row.cells.every((cell) => cell.text === '')) return;
      const paragraph = row.cells.find((cell) => cell.paragraph !== undefined)?.paragraph;
      const texts = row.cells.map((cell) => cell.text);
      const place = this.word
        ? { number: paragraph ?? this.paragraph ?? 1, where: `table ${index + 1}, row ${rowIndex + 1}` }
        : { number: lineOf(row.element) };
      this.lines.push({
        ...place,
        text: texts.join('\t'),
        structure: { kind: 'row', cells: texts, header: row.header || (!hasHeader && rowIndex === 0), table: index },
      });
    });
  }
}

function isElementParent(node: Html.ParentNode): node is Element {
  return 'tagName' in node;
}

/**
 * The nodes under `node` in document order, without the content of what is never text, walked
 * without recursion (a page of thousands of unclosed <div>s nests as deep).
 */
function* descendants(node: Html.ParentNode): Generator<Html.ChildNode> {
  const stack: Html.ChildNode[] = [...node.childNodes].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    yield child;
    if (isElement(child) && !SKIPPED.has(child.tagName) && !OBJECTS.has(child.tagName)) {
      for (let index = child.childNodes.length - 1; index >= 0; index--) stack.push(child.childNodes[index]!);
    }
  }
}

/** All the text under a node, blocks and inline elements alike separated by spaces. */
function textOf(node: Html.ParentNode): string {
  let text = '';
  for (const child of descendants(node)) text += child.nodeName === '#text' ? (child as Html.TextNode).value : ' ';
  return text.replace(MARKER, '');
}

function hasDescendant(element: Element, test: (element: Element) => boolean): boolean {
  for (const node of descendants(element)) if (isElement(node) && test(node)) return true;
  return false;
}

/** An image's file name («مهر.png»), to find it by; nothing else of its address is repeated. */
function fileName(src: string): string | undefined {
  if (/^(?:data|javascript|vbscript):/i.test(src.trim())) return undefined;
  let name = src.split(/[?#]/)[0]!.split(/[/\\]/).pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Kept as written.
  }
  return /^[\p{L}\p{N}_.\- ]{1,80}\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?)$/iu.test(name) ? name : undefined;
}

/** The bullet or number Word writes before a list paragraph, in its mso-list:Ignore span. */
function wordListLabel(element: Element): string {
  let label = '';
  for (const node of descendants(element)) {
    if (node.nodeName !== '#text') continue;
    for (let parent = node.parentNode; parent && parent !== element && isElementParent(parent); parent = parent.parentNode) {
      if (/mso-list:\s*ignore/i.test(attr(parent, 'style') ?? '')) {
        label += (node as Html.TextNode).value;
        break;
      }
    }
  }
  return label;
}

/** Two spellings of one address: «www.x.ir» and «https://www.x.ir/», «a@b.ir» and «mailto:a@b.ir». */
function sameAddress(text: string, href: string): boolean {
  const normal = (value: string) => {
    let result = trimLine(value).toLowerCase();
    try {
      result = decodeURI(result);
    } catch {
      // Kept as written.
    }
    return result.replace(/^(?:https?:\/\/|mailto:|tel:)/, '').replace(/^www\./, '').replace(/\/+$/, '').replace(/[\s\-()]/g, '');
  };
  const address = normal(href);
  return address === '' || normal(text).includes(address);
}

/** The rows of a table in order: <thead>, <tbody>s and <tfoot> or <tr> directly (parse5 adds <tbody>). */
function tableRows(table: Element): { element: Element; header: boolean; childNodes: Html.ChildNode[] }[] {
  const rows: { element: Element; header: boolean; childNodes: Html.ChildNode[] }[] = [];
  const add = (row: Element, header: boolean) => {
    const cells = row.childNodes.filter((node): node is Element => isElement(node) && (node.tagName === 'td' || node.tagName === 'th'));
    rows.push({ element: row, header: header || (cells.length > 0 && cells.every((cell) => cell.tagName === 'th')), childNodes: row.childNodes });
  };
  for (const node of table.childNodes) {
    if (!isElement(node)) continue;
    if (node.tagName === 'tr') add(node, false);
    else if (node.tagName === 'thead' || node.tagName === 'tbody' || node.tagName === 'tfoot') {
      for (const row of node.childNodes) if (isElement(row) && row.tagName === 'tr') add(row, node.tagName === 'thead');
    }
  }
  return rows;
}

interface GridCell {
  text: string;
  paragraph?: number;
}

/**
 * Cells placed by their colspan and rowspan, so every row has one entry per column: a spanned
 * cell's text is repeated down its rows (a unit written once for several services belongs to
 * each) and left empty across its columns.
 */
function spanGrid(
  rows: readonly { element: Element; header: boolean }[],
  cells: readonly Element[][],
  read: (cell: Element) => GridCell,
): { element: Element; header: boolean; cells: GridCell[] }[] {
  const carried = new Map<number, { cell: GridCell; rows: number }>();
  return rows.map((row, rowIndex) => {
    const out: GridCell[] = [];
    const carry = () => {
      for (let spanned = carried.get(out.length); spanned; spanned = carried.get(out.length)) {
        out.push({ text: spanned.cell.text });
        if (--spanned.rows === 0) carried.delete(out.length - 1);
      }
    };
    for (const cell of cells[rowIndex]!) {
      carry();
      const value = read(cell);
      const colspan = span(attr(cell, 'colspan'));
      const rowspan = span(attr(cell, 'rowspan'));
      for (let column = 0; column < colspan; column++) {
        const placed = column === 0 ? value : { text: '' };
        if (rowspan > 1) carried.set(out.length, { cell: placed, rows: rowspan - 1 });
        out.push(placed);
      }
    }
    carry();
    // A cell spanned down from above past this row's last cell: the gap before it is empty.
    while ([...carried.keys()].some((column) => column >= out.length)) {
      if (carried.has(out.length)) carry();
      else out.push({ text: '' });
    }
    return { element: row.element, header: row.header, cells: out };
  });
}

function span(value: string | undefined): number {
  const number = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(number) && number >= 1 ? Math.min(number, MAX_SPAN) : 1;
}
