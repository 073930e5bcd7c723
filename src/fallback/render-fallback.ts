/**
 * The whole statement as plain semantic HTML, to put inside `<sla-statement>` as its fallback:
 * what readers without JavaScript, crawlers and slow phones see at once, and what stays on screen
 * until the element has the statement ready. Written by `sla-statement render` and the editor's
 * export; never part of the element's bundle. Pure: a string in, a string out, no DOM.
 *
 * Only elements and attributes that strict sanitizers keep, so the fallback survives a CMS:
 * WordPress's wp_kses_post (authors without `unfiltered_html`) and HTMLPurifier's defaults keep
 * `div`, `h2`, `h3`, `p`, `ul`, `li`, `dl`, `dt`, `dd`, `table`, `thead`, `tbody`, `tr`, `th`,
 * `td`, `span`, `a href`, `th scope`, and `lang` and `dir` on any element. Left out on purpose:
 * `class`, `style` and `id` (HTMLPurifier drops ids, and an id in the page's own namespace could
 * clash with the page's; `#section` links work once the element runs), HTML5's `section`,
 * `header` and `bdi` (unknown to HTMLPurifier: a `span dir="ltr"` isolates a Latin run the same
 * way, by the HTML rendering rules for `[dir]`) and `caption` (the appendix's `h3` names the
 * table, as in the element). The outline is the element's: the title `h2`, sections and the
 * appendix `h3`, so a heading list or a screen reader's outline is the same before and after
 * the swap.
 *
 * All of it is text escaped as text: markup in the data is shown as characters, never parsed.
 * Links are made by the element's own rules (src/text/inline-text.ts), dates worded by its
 * Jalali code and labels taken from its wording table, so the two say the same.
 */
import type { Block, Section, ServiceItem, Statement } from '../format/schema.js';
import { usedColumns, type FieldColumn } from '../services/service-catalog.js';
import { directionOf } from '../text/direction.js';
import { safeHref, splitInline } from '../text/inline-text.js';
import { resolveLanguage } from '../wording/language.js';
import { formatNumberIn } from '../wording/numbers.js';
import type { Language } from '../wording/quote.js';
import { STATEMENT_LABELS } from '../wording/statement-labels-by-language.js';
import { validityLine, type StatementLabels } from '../wording/statement-labels.js';

export interface FallbackOptions {
  /**
   * The language of the labels around the statement's text (section kinds' headings, column
   * headers, the validity line): the page's, so they read as the element's will. Default: the
   * statement's language when the element speaks it, else Persian (the element's own choice on
   * a page without `lang`).
   */
  lang?: Language;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function renderFallback(statement: Statement, options: FallbackOptions = {}): string {
  const lang = resolveLanguage(options.lang, statement.lang);
  const labels = STATEMENT_LABELS[lang];
  const statementLang = statement.lang ?? 'fa';
  // The labels are in the page's language, the text in the statement's: when they differ, each
  // label says which it is, for screen readers' pronunciation. No `dir`: it would also align the
  // label to its own side, where the element keeps every line to the statement's side (a label
  // is one run of its own script, which bidi lays out right without it).
  const label = lang === statementLang.toLowerCase().split('-')[0] ? '' : ` lang="${lang}"`;
  const ctx: Context = { lang, labels, label };
  const lines = [
    `<div lang="${escape(statementLang)}" dir="${statement.dir ?? directionOf(statementLang)}">`,
    `<h2>${escape(statement.title)}</h2>`,
    facts(statement, ctx),
    statement.validity ? `<p${label}>${escape(validityLine(statement.validity, labels, lang))}</p>` : '',
    ...sections(statement.sections, ctx),
    statement.services && statement.services.items.length > 0 ? services(statement.services, ctx) : '',
    '</div>',
  ];
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}

interface Context {
  lang: Language;
  labels: StatementLabels;
  /** The attribute of an element holding a label (empty when labels and text share a language). */
  label: string;
}

/** Provider, parent body, service and signatory, as the element's header lists them. */
function facts(statement: Statement, { labels, label }: Context): string {
  const { provider, service, validity } = statement;
  const href = provider.url ? safeHref(provider.url) : null;
  const rows: [string, string][] = [
    [labels.provider, href ? `<a href="${escape(href)}">${escape(provider.name)}</a>` : escape(provider.name)],
  ];
  if (provider.parent) rows.push([labels.parent, escape(provider.parent)]);
  if (service?.name) rows.push([labels.service, escape(service.name)]);
  if (service?.id) rows.push([labels.serviceId, ltr(service.id)]);
  if (validity?.signatory) rows.push([labels.signatory, escape(validity.signatory)]);
  return `<dl>\n${rows.map(([term, value]) => `<dt${label}>${escape(term)}</dt><dd>${value}</dd>`).join('\n')}\n</dl>`;
}

function sections(list: readonly Section[], { labels, label }: Context): string[] {
  return list.map((section) => {
    const heading = section.title === undefined ? `<h3${label}>${escape(labels.kinds[section.kind])}</h3>` : `<h3>${escape(section.title)}</h3>`;
    return [heading, ...section.content.map(block)].join('\n');
  });
}

function block(content: Block): string {
  if (typeof content === 'string') return `<p>${inline(content)}</p>`;
  // Both block objects are loose (they may carry extra keys), so `in` cannot narrow them alone.
  if ('list' in content) return `<ul>\n${(content.list as string[]).map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`;
  const { terms } = content as { terms: { term: string; text: string }[] };
  return `<dl>\n${terms.map(({ term, text }) => `<dt>${inline(term)}</dt><dd>${inline(text)}</dd>`).join('\n')}\n</dl>`;
}

/** Running text with its links and Latin runs, split by the element's own rules. */
function inline(text: string): string {
  return splitInline(text)
    .map((run) => {
      switch (run.kind) {
        case 'link':
          return `<a href="${escape(run.href)}" dir="ltr">${escape(run.text)}</a>`;
        case 'ltr':
          return ltr(run.text);
        case 'text':
          return escape(run.text);
      }
    })
    .join('');
}

function ltr(text: string): string {
  return `<span dir="ltr">${escape(text)}</span>`;
}

/** The full appendix: every service, in published order, with the columns some service fills. */
function services(appendix: NonNullable<Statement['services']>, ctx: Context): string {
  const { labels, label, lang } = ctx;
  const { items } = appendix;
  const columns = usedColumns(items);
  const title = appendix.title === undefined ? `<h3${label}>${escape(labels.servicesTitle)}</h3>` : `<h3>${escape(appendix.title)}</h3>`;
  const head = ['number' as const, ...columns].map((column) => `<th scope="col"${label}>${escape(labels.columns[column])}</th>`).join('');
  const rows = items.map(
    (item, index) =>
      `<tr><td>${formatNumberIn(lang, index + 1)}</td>${columns
        .map((column) => (column === 'name' ? `<th scope="row">${inline(item.name)}</th>` : `<td>${cell(item, column, ctx)}</td>`))
        .join('')}</tr>`,
  );
  return [title, '<table>', `<thead><tr>${head}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>'].join('\n');
}

function cell(item: ServiceItem, column: Exclude<FieldColumn, 'name'>, { labels, label, lang }: Context): string {
  switch (column) {
    case 'id':
      return item.id === undefined ? '' : ltr(item.id);
    case 'audience':
      return escape(item.audience?.map((audience) => labels.audiences[audience]).join(labels.listSeparator) ?? '');
    case 'channels':
      return escape(item.channels?.map((channel) => labels.channels[channel]).join(labels.listSeparator) ?? '');
    case 'visits':
      return item.visits === undefined ? '' : formatNumberIn(lang, item.visits);
    case 'url': {
      const href = item.url ? safeHref(item.url) : null;
      return href ? `<a href="${escape(href)}"${label}>${escape(labels.openService)}</a>` : '';
    }
    default:
      return escape(item[column] ?? '');
  }
}
