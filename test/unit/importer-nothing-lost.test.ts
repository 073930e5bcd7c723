/**
 * Nothing is lost in silence: for any text, every non-empty line ends up in the statement or is
 * named in a warning with its line number. Texts are made from the real statements' lines, cut,
 * joined, repeated, reordered and mangled the ways copying from Word, PDF and web pages does,
 * and from arbitrary strings of the characters such texts contain.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importStatement, type ImportWarningCode } from '../../src/importer/index.js';
import { lostLines, words } from '../support/lost-lines.js';

const RUNS = 500;
/** Fixed, as in fuzz.test.ts: a failure reproduces on every run and every machine. */
const SEED = 20261126;
/** A line of spaces, joiners and bidi marks alone is empty to a reader. */
const BLANK = /^[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*$/;
const directory = new URL('../fixtures/statements/', import.meta.url);
const texts = [
  ...readdirSync(directory).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(new URL(file, directory), 'utf8')),
  ...readdirSync(new URL('seeds/', directory)).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(new URL(`seeds/${file}`, directory), 'utf8')),
];
const realLines = [...new Set(texts.flatMap((text) => text.split('\n')).filter((line) => line.trim()))];

/** Warnings that say a line was left out of the statement, or is a heading with nothing under it. */
const NO_CONTENT: ReadonlySet<ImportWarningCode> = new Set(['chrome', 'punctuation', 'repeated-title', 'before-title', 'other-agency', 'repeated-agency', 'unplaced', 'appendix-line', 'table-header', 'duplicate-section', 'empty', 'empty-section']);

const CHARACTERS = [...'توافقنامه سطح خدمت مقدمه هدف تعاریف يكیک۱۲3٤:؛.،-•·*()»«"“”\u200C\u00A0\u00AC ﺑﯿﺎﻧﯿﻪ\tABC'];
const MARKERS = ['1- ', '۲. ', '٣) ', '(4) ', '• ', '· ', '- ', '* ', 'الف) ', 'ماده ۳- ', 'o      ', ''];
const HEADINGS = ['مقدمه', 'هدف', 'تعاریف', 'مسئولیت', 'تعهدات متقابل', 'هزینه ها و پرداخت ها', 'دوره عملکرد', 'خاتمه توافقنامه', 'پیوست', 'دامنه خدمت', 'مقدمه و هدف'];
const CHROME = ['سه شنبه 02 مرداد 1403 00:00:00', 'تعداد بازدید:۱۰۰۹', 'صفحه اصلي > الزامات قانونی > بیانیه', '» یادآوری کلمه عبور', 'هدایت به بالای صفحه', 'مراجعين محترم؛', '-----', '.'];

const arbitraryLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...realLines) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...MARKERS), fc.constantFrom(...HEADINGS), fc.constantFrom('', ':', ' :', ' - ', '؛ '), fc.constantFrom('', ...realLines)).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 60 }).map((chars) => chars.join('')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...realLines), { minLength: 2, maxLength: 4 }).map((lines) => lines.join(' ')) },
);

/** The ways a copied text gets mangled: lines cut, blank lines lost or doubled, CR line ends. */
const mangled = fc
  .tuple(fc.array(arbitraryLine, { maxLength: 40 }), fc.constantFrom('\n', '\n\n', '\r\n', '\n \n'), fc.nat(), fc.boolean())
  .map(([lines, separator, cut, wrap]) => {
    const body = wrap ? lines.flatMap((line) => (line.length > 80 ? [line.slice(0, 40 + (cut % 40)), line.slice(40 + (cut % 40))] : [line])) : lines;
    return body.join(separator);
  });

describe('nothing is lost in silence', () => {
  it(`every non-empty line is in the statement or named in a warning (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(mangled, (text) => {
        const result = importStatement(text);
        expect(lostLines(text, result)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`a text with content always becomes at least one section (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(mangled, (text) => {
        const result = importStatement(text);
        const leftOut = new Set(result.warnings.filter((warning) => NO_CONTENT.has(warning.code)).map((warning) => warning.line));
        // The title and a line naming the provider are the statement's header, not its content.
        const header = new Set(words(`${result.statement.title} ${result.statement.provider.name}`));
        const headerOnly = text.split(/\r\n|\r|\n/).every((line, index) => BLANK.test(line) || leftOut.has(index + 1) || words(line).every((word) => header.has(word)));
        if (!headerOnly) expect(result.statement.sections.length + (result.statement.services?.items.length ?? 0)).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('a page that names the provider twice above the title: the second copy is named as left out', () => {
    // Found by the property above with another seed.
    const provider = 'شرکت سهامی مدیریت تولید، انتقال و توزیع نیروی برق ایران';
    const text = `${provider}\n${provider}\nتوافقنامه سطح خدمت "منطقه ویژه اقتصادی و فرودگاه بین المللی پیام "`;
    const result = importStatement(text);
    expect(result.statement.provider.name).toBe(provider);
    expect(result.warnings.filter((warning) => warning.code === 'repeated-agency').map((warning) => warning.line)).toEqual([2]);
    expect(lostLines(text, result)).toEqual([]);
  });

  it('each real statement loses no line', () => {
    for (const text of texts) expect(lostLines(text, importStatement(text))).toEqual([]);
  });
});
