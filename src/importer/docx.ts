/**
 * Word in: a .docx file read by mammoth into HTML, and that HTML read by readHtml like any page.
 *
 * mammoth (https://github.com/mwilliamson/mammoth.js) is small, pure JavaScript, maintained for a
 * decade, and made for exactly this: it maps Word's paragraph styles to semantic HTML (Heading
 * 1–6, Title, lists from Word's numbering, tables with merged cells) and drops formatting, and it
 * runs in Node and, through its `browser` field, in browsers. It is loaded with a dynamic import
 * only when a Word file is read, so it is in the CLI and in the editor's own chunk, never in the
 * element's bundle.
 *
 * Lines are numbered by Word paragraph (every paragraph of the body in order, empty ones and those
 * in tables included): a warning says «paragraph 12», or «table 2, row 3» for a table row.
 */
import { importLines, type ImportOptions, type ImportResult } from './import-statement.js';
import { readHtml, withWarnings } from './html.js';
import type { SourceLine } from './lines.js';
import type { ImportWarning } from './warnings.js';

type Mammoth = typeof import('mammoth');

/** Word's Title is the statement's title; headings are mammoth's own defaults (Heading 1–6). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/** mammoth is loaded on first use only (a CommonJS module: its exports are the default). */
async function loadMammoth(): Promise<Mammoth> {
  const module = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  return module.default ?? module;
}

/** A Word element as mammoth's document model has it (only what is read here). */
interface WordElement {
  type: string;
  children?: WordElement[];
  styleId?: string | null;
  value?: string;
}

/**
 * mammoth names every paragraph and run style it has no rule for. A run style is formatting,
 * and a paragraph of an unknown style is still read, as a paragraph: nothing is lost, so these
 * are not warned, except a paragraph style named like a heading («Heading 1 Custom», «عنوان ۲»),
 * whose paragraphs may have been meant as headings.
 */
function worthWarning(message: string): boolean {
  const style = /^Unrecognised (paragraph|run|table) style: '(.*)' \(Style ID:/.exec(message);
  if (!style) return true;
  return style[1] === 'paragraph' && /heading|title|عنوان|تیتر|سرفصل|سرتیتر/i.test(style[2]!) && !/table|جدول/i.test(style[2]!);
}

/** The file is not a Word document mammoth can read (not a zip, no word/document.xml…). */
export class DocxError extends Error {
  override name = 'DocxError';
}

/** A Word file → statement: readDocx, then the importer's core. */
export async function importDocx(data: ArrayBuffer | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  return importWordLines(await readDocx(data), options);
}

/** The importer's core on a Word file's lines; every warning placed at a paragraph. */
export function importWordLines(read: { lines: readonly SourceLine[]; warnings: readonly ImportWarning[] }, options: ImportOptions = {}): ImportResult {
  const result = withWarnings(importLines(read.lines, options), read.warnings);
  // Every line is a paragraph: the importer's own warnings say so too.
  for (const warning of result.warnings) if (warning.where === undefined) warning.where = `paragraph ${warning.line}`;
  return result;
}

/** A Word file's lines (numbered by paragraph) and what reading it left out or said. */
export async function readDocx(data: ArrayBuffer | Uint8Array): Promise<{ lines: SourceLine[]; warnings: ImportWarning[] }> {
  const mammoth = await loadMammoth();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

  // Each paragraph gets its number as a marker at its start (private-use characters that no
  // statement contains); readHtml takes them off again and gives each line its paragraph.
  let paragraphs = 0;
  const firstWithStyle = new Map<string, number>();
  const number = (element: WordElement, paragraph: number) => {
    if (element.type === 'paragraph') {
      paragraph = ++paragraphs;
      element.children = [{ type: 'text', value: `\uE000${paragraph}\uE001` }, ...(element.children ?? [])];
    }
    if (element.styleId && !firstWithStyle.has(element.styleId)) firstWithStyle.set(element.styleId, paragraph);
    for (const child of element.children ?? []) if (child.type !== 'text') number(child, paragraph);
  };

  let converted: { value: string; messages: { type: string; message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      // Node's build of mammoth reads `buffer`, the browser's `arrayBuffer`.
      { buffer: bytes, arrayBuffer } as unknown as Parameters<Mammoth['convertToHtml']>[0],
      {
        styleMap: STYLE_MAP,
        // Pictures: no data is copied; readHtml names each one in a warning.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (document: WordElement) => {
          number(document, 0);
          return document;
        },
      },
    );
  } catch (error) {
    throw new DocxError(`not a Word (.docx) file that can be read: ${error instanceof Error ? error.message : String(error)}`);
  }

  const htmlWarnings: ImportWarning[] = [];
  const lines = readHtml(converted.value, htmlWarnings, { wordParagraphs: true });
  const seen = new Set<string>();
  for (const { message } of converted.messages) {
    if (seen.has(message) || !worthWarning(message)) continue;
    seen.add(message);
    const style = /^Unrecognised paragraph style: '(.*)' \(Style ID: ([^)]+)\)$/.exec(message);
    const paragraph = style ? firstWithStyle.get(style[2]!) : undefined;
    const place = paragraph === undefined ? { line: 1, where: 'the whole document' } : { line: paragraph, where: `paragraph ${paragraph}` };
    htmlWarnings.push(style ? { ...place, code: 'word-message', text: style[1]!, value: 'heading-style' } : { ...place, code: 'word-message', text: message });
  }
  return { lines, warnings: htmlWarnings };
}
