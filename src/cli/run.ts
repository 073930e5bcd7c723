/**
 * The `sla-statement` command: `import` turns a published statement (text, an HTML page or a
 * Word .docx file) into the JSON format,
 * `validate` checks JSON files and points at each problem by line and column, `render` writes
 * a statement as the plain HTML fallback to put inside the element. Everything it touches goes
 * through `io`, so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { renderFallback } from '../fallback/render-fallback.js';
import { jsonErrorOffset } from '../format/json-syntax.js';
import { parseStatementJson } from '../format/parse-json.js';
import { validateStatement, type Validation } from '../format/validate.js';
import { decodeHtml, describeImportWarning, DocxError, importDocx, importHtml, importStatement, locateJsonPath, type ImportOptions, type ImportResult } from '../importer/index.js';
import { inputKind } from '../importer/input-kind.js';
import type { Problem } from '../format/problem.js';
import { describeEffect, describeProblem } from '../wording/problems.js';
import type { Language } from '../wording/quote.js';
import { version } from '../../package.json';

export { inputKind };

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** The file's bytes: import reads HTML in its declared charset and Word files as they are. */
  readBinary(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  readStdin(): Promise<string>;
}

export const HELP = `sla-statement ${version}: tools for SLA statements (توافقنامه سطح خدمت) in the <sla-statement> JSON format

Usage:
  sla-statement import <statement.txt | page.html | statement.docx | -> [-o <sla.json>] [options]
      Converts a statement as published into the JSON format: text copied from the agency's
      page, a saved web page (.html, .htm), or a Word file (.docx); "-" reads text or HTML
      from standard input. The kind is taken from the file's name, else from its content.
      HTML gives its headings, lists, definitions and tables directly; a table of services
      becomes the appendix, its columns mapped by their headers. The JSON goes to the -o
      file, or to standard output. Warnings (what could not be placed or was left out, and
      guesses) go to standard error as "file:line: warning: …", or "file: paragraph N:
      warning: …" for a Word file, each saying what happened and what to do.
      The JSON is always written; the command exits 0 only when it validates, has at least
      one section and names the provider. Otherwise it exits 1 after one last line that
      says what to fix.
      Options:
        -o, --output <file>    write the JSON to this file
        --title <text>         use this title instead of the one found
        --provider <name>      use this provider name instead of the one found
        --url <address>        use this portal address instead of the one found
        --schema <address>     add "$schema": <address> (editors then autocomplete)
        --lang <fa|en>         the language of warnings and problems (default en;
                               also for validate and render)

  sla-statement validate <file.json>...
      Checks statement files against the format. Each problem is printed to standard error
      as "file:line:column: error: <JSON path>: <what is wrong>", at the value in the file.
      Valid files are listed on standard output. Exits 0 only when every file is valid.

  sla-statement render <sla.json | -> [-o <fallback.html>] [--lang fa|en]
      Writes the whole statement as plain HTML (title, provider, validity, every section
      and the full table of services) to put inside <sla-statement> as its fallback: what
      readers without JavaScript and search engines see, and what stays on screen until
      the element is ready. No script, styles or classes: a CMS's sanitizer keeps it.
      The HTML goes to the -o file, or to standard output. --lang gives the language of
      the labels around the text (headings of untitled sections, column headers, the
      validity line): the page's, as the element will use it; without it, the statement's.
      Problems are printed as validate prints them; a piece with a problem is left out, as
      the element leaves it out. Exits 0 only when the file is valid; when it cannot be
      shown at all, nothing is written.

  sla-statement --help       this text
  sla-statement --version    the version

Exit status: 0 success, 1 a file is invalid or cannot be read, 2 wrong usage.
The JSON format is described in the README of the sla-statement package.
`;

const USAGE_ERROR = 2;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        provider: { type: 'string' },
        url: { type: 'string' },
        schema: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`sla-statement: ${error instanceof Error ? error.message : String(error)}\nTry "sla-statement --help".\n`);
    return USAGE_ERROR;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.lang !== undefined && values.lang !== 'fa' && values.lang !== 'en') return usage(io, `--lang takes fa or en, not "${values.lang}".`);
  const lang: Language = values.lang ?? 'en';
  if (command === 'import') {
    if (files.length !== 1) return usage(io, 'import takes one file: text, HTML or Word (or "-" for standard input).');
    const options: ImportOptions = {};
    if (values.title !== undefined) options.title = values.title;
    if (values.schema !== undefined) options.schema = values.schema;
    if (values.provider !== undefined || values.url !== undefined) {
      options.provider = {
        ...(values.provider === undefined ? {} : { name: values.provider }),
        ...(values.url === undefined ? {} : { url: values.url }),
      };
    }
    return importCommand(files[0]!, values.output, options, lang, io);
  }
  if (values.title !== undefined || values.provider !== undefined || values.url !== undefined || values.schema !== undefined) {
    return usage(io, 'options --title, --provider, --url and --schema belong to import.');
  }
  if (command === 'render') {
    if (files.length !== 1) return usage(io, 'render takes one JSON file (or "-" for standard input).');
    return renderCommand(files[0]!, values.output, values.lang, lang, io);
  }
  if (values.output !== undefined) return usage(io, 'option -o belongs to import and render.');
  if (command === 'validate') {
    if (files.length === 0) return usage(io, 'validate takes one or more JSON files.');
    return validateCommand(files, lang, io);
  }
  return usage(io, command === undefined ? 'no command given.' : `unknown command "${command}".`);
}

function usage(io: CliIo, message: string): number {
  io.stderr(`sla-statement: ${message}\nTry "sla-statement --help".\n`);
  return USAGE_ERROR;
}

/** The result to the -o file, or to standard output; false, with the reason said, when it cannot be written. */
async function writeOutput(output: string | undefined, text: string, io: CliIo): Promise<boolean> {
  if (output === undefined) {
    io.stdout(text);
    return true;
  }
  try {
    await io.writeFile(output, text);
    return true;
  } catch (error) {
    io.stderr(`${output}: error: cannot write the file (${reason(error)})\n`);
    return false;
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * A problem as the command prints it: what is wrong, and what that does to the statement. The
 * bidi isolates that keep a path whole inside a Persian sentence on a page are left out: a
 * terminal shows them as nothing at best, and they break grep.
 */
function problemLine(problem: Problem, lang: Language): string {
  return `${describeProblem(problem, lang)} ${describeEffect(problem, lang)}`.replace(/[\u2066-\u2069]/g, '');
}

async function importCommand(file: string, output: string | undefined, options: ImportOptions, lang: Language, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? new TextEncoder().encode(await io.readStdin()) : await io.readBinary(file);
  } catch (error) {
    io.stderr(`${file}: error: cannot read the file (${reason(error)})\n`);
    return 1;
  }
  const name = file === '-' ? '<stdin>' : file;
  const kind = inputKind(file === '-' ? '' : file, bytes);
  let result: ImportResult;
  if (kind === 'doc') {
    io.stderr(`${name}: error: this is an old Word .doc file; open it in Word or LibreOffice and save it as .docx, then import that\n`);
    return 1;
  } else if (kind === 'docx') {
    if (file === '-') {
      io.stderr(`${name}: error: a Word file cannot be read from standard input; give its path\n`);
      return 1;
    }
    try {
      result = await importDocx(bytes, options);
    } catch (error) {
      if (!(error instanceof DocxError)) throw error;
      io.stderr(`${name}: error: ${error.message}\n`);
      return 1;
    }
  } else if (kind === 'html') result = importHtml(decodeHtml(bytes), options);
  else result = importStatement(new TextDecoder().decode(bytes), options);
  const { statement, warnings } = result;
  for (const warning of warnings) {
    const place = warning.where === undefined ? `${name}:${warning.line}:` : `${name}: ${warning.where}:`;
    io.stderr(`${place} warning: ${describeImportWarning(warning, lang)}\n`);
  }

  const json = `${JSON.stringify(statement, null, 2)}\n`;
  const { problems } = validateStatement(JSON.parse(json));
  for (const problem of problems) {
    const { line, column } = locateJsonPath(json, problem.path);
    io.stderr(`${output ?? '<stdout>'}:${line}:${column}: error: ${problemLine(problem, lang)}\n`);
  }
  if (!(await writeOutput(output, json, io))) return 1;
  const services = statement.services ? `, ${statement.services.items.length} services` : '';
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.stderr(
    `${name}: ${count(statement.sections.length, 'section')}${services}, ${count(warnings.length, 'warning')}` +
      `${problems.length > 0 ? `, ${count(problems.length, 'validation problem')}` : ''}${output === undefined ? '' : ` → ${output}`}\n`,
  );
  const toFix = whatToFix(statement.sections.length, statement.provider.name, problems.length, lang);
  if (toFix === null) return 0;
  io.stderr(`${name}: error: ${toFix}\n`);
  return 1;
}

/** The one line that says what keeps an imported statement from being published, or null. */
function whatToFix(sections: number, provider: string, problems: number, lang: Language): string | null {
  const fa = lang === 'fa';
  const fixes = [
    ...(provider.trim() === '' ? [fa ? 'نام دستگاه ارائه‌دهنده را با --provider بدهید یا provider.name را بنویسید' : 'give the provider\'s name with --provider or fill in provider.name'] : []),
    ...(sections === 0 ? [fa ? 'متن توافقنامه را بیفزایید (هیچ بخشی وارد نشد)' : 'add the statement\'s text (no section was imported)'] : []),
    ...(problems > 0 ? [fa ? 'مشکلات بالا را در JSON برطرف کنید' : 'fix the problems above in the JSON'] : []),
  ];
  if (fixes.length === 0) return null;
  return fa ? `توافقنامه هنوز آماده انتشار نیست: ${fixes.join('؛ ')}.` : `the statement is not ready to publish: ${fixes.join('; ')}.`;
}

async function validateCommand(files: readonly string[], lang: Language, io: CliIo): Promise<number> {
  let invalid = 0;
  for (const file of files) {
    if (!(await validateFile(file, lang, io))) invalid++;
  }
  if (files.length > 1) io.stderr(`${files.length - invalid} of ${files.length} files valid\n`);
  return invalid === 0 ? 0 : 1;
}

async function validateFile(file: string, lang: Language, io: CliIo): Promise<boolean> {
  const checked = await checkFile(file, lang, io);
  if (checked?.problems.length === 0) io.stdout(`${file}: valid\n`);
  return checked?.problems.length === 0;
}

/**
 * Reads, parses and validates one statement file, printing each problem at its line and column.
 * Undefined when the file cannot be read or is not JSON (said on standard error).
 */
async function checkFile(file: string, lang: Language, io: CliIo): Promise<Validation | undefined> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: error: cannot read the file (${reason(error)})\n`);
    return undefined;
  }
  const name = file === '-' ? '<stdin>' : file;
  const parsed = parseStatementJson(text, jsonErrorOffset);
  if (!parsed.ok) {
    const { failure } = parsed;
    if (failure.kind === 'empty') io.stderr(`${name}: error: the file is empty\n`);
    else if (failure.kind === 'html') io.stderr(`${name}:1:1: error: this is an HTML page, not JSON\n`);
    else io.stderr(`${name}:${failure.line}:${failure.column}: error: not valid JSON (${failure.detail.replace(/\s+/g, " ")})\n`);
    return undefined;
  }
  const validation = validateStatement(parsed.value);
  for (const problem of validation.problems) {
    const { line, column } = locateJsonPath(text, problem.path);
    io.stderr(`${name}:${line}:${column}: error: ${problemLine(problem, lang)}\n`);
  }
  return validation;
}

async function renderCommand(file: string, output: string | undefined, labels: Language | undefined, lang: Language, io: CliIo): Promise<number> {
  const checked = await checkFile(file, lang, io);
  if (!checked?.statement) return 1;
  const html = renderFallback(checked.statement, labels === undefined ? {} : { lang: labels });
  if (!(await writeOutput(output, html, io))) return 1;
  return checked.problems.length === 0 ? 0 : 1;
}
