import { css, styleSheet } from './internal/style-sheet.js';
import { visuallyHidden } from './internal/visually-hidden.styles.js';

/**
 * Logical properties only (margin-inline, inset-inline-start…), so one stylesheet serves RTL
 * Persian and LTR English. Every colour, the font, spacing and radius are custom properties
 * with defaults that pass WCAG AA contrast on white; the host page's font is inherited.
 */
export const styles = styleSheet(
  visuallyHidden +
  css`
  :host {
    --_text: var(--sla-color-text, #1b1f23);
    --_muted: var(--sla-color-muted, #4b5563);
    --_background: var(--sla-color-background, #ffffff);
    --_surface: var(--sla-color-surface, #f3f5f7);
    --_border: var(--sla-color-border, #b7bec7);
    --_accent: var(--sla-color-accent, #0b4f8a);
    --_focus: var(--sla-color-focus, #0b4f8a);
    --_danger: var(--sla-color-danger, #a4161a);
    --_notice: var(--sla-color-notice, #fff4d6);
    --_notice-border: var(--sla-color-notice-border, #8a5a00);
    --_on-accent: var(--sla-color-on-accent, #ffffff);
    --_space: var(--sla-space, 1rem);
    --_radius: var(--sla-radius, 0.375rem);

    display: block;
  }

  /* The element's own boxes carry its type and colours, not the host: the page's fallback,
     slotted until the statement is ready, inherits through the host and must look as it did
     before the element ran (no restyle, no jump when the script arrives). */
  .frame {
    font-family: var(--sla-font-family, inherit);
    font-size: var(--sla-font-size, 1rem);
    line-height: 1.8;
    color: var(--_text);
    background: var(--_background);
    overflow-wrap: break-word;
    max-inline-size: 100%;
  }

  /* The first statement is laid out over three frames while the fallback (or the placeholder)
     stays on screen: laid out in flow at the width it will have, so showing it costs no new
     layout; invisible, so no text shows twice and find-in-page and screen readers meet it once;
     in a box of no height that clips it, so the page does not grow or scroll meanwhile. Then
     the fallback goes and the box opens, in one frame. */
  .staged {
    block-size: 0;
    overflow: clip;
    visibility: hidden;
  }

  :host([hidden]) {
    display: none;
  }

  /* The same roles in a dark palette, each pair still at WCAG AA contrast; the custom properties win. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--sla-color-text, #e6e8eb);
      --_muted: var(--sla-color-muted, #a9b1bb);
      --_background: var(--sla-color-background, #16191d);
      --_surface: var(--sla-color-surface, #23282f);
      --_border: var(--sla-color-border, #59626d);
      --_accent: var(--sla-color-accent, #8cc2ff);
      --_focus: var(--sla-color-focus, #8cc2ff);
      --_danger: var(--sla-color-danger, #ff9b93);
      --_notice: var(--sla-color-notice, #33290f);
      --_notice-border: var(--sla-color-notice-border, #e3b04b);
      --_on-accent: var(--sla-color-on-accent, #0d1b2a);
    }
    .frame {
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }

  a[dir='ltr'],
  bdi {
    unicode-bidi: isolate;
  }

  button {
    font: inherit;
    color: inherit;
  }

  /* Interface words may be in another language than the statement (an English interface on a
     Persian statement): let each take its direction from its own text. */
  .facts dt,
  .validity span,
  .toggle-all,
  .print,
  .failure,
  .notice,
  .sort span,
  .field label {
    unicode-bidi: plaintext;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Header */
  header {
    padding-block-end: var(--_space);
    margin-block-end: var(--_space);
    border-block-end: 2px solid var(--_border);
  }

  .heading {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }

  .title {
    flex: 1;
    margin-block: 0 calc(var(--_space) / 2);
    font-size: 1.5em;
    line-height: 1.4;
  }

  .facts {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 4) calc(var(--_space) * 1.5);
  }

  .facts div {
    display: flex;
    gap: 0.4em;
  }

  .facts dt {
    color: var(--_muted);
    white-space: nowrap;
  }

  .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
  }

  .validity {
    margin-block: calc(var(--_space) / 2) 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .expired {
    padding-inline: 0.6em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }

  /* Sections: the accordion */
  .sections-controls {
    display: flex;
    justify-content: flex-start;
  }

  /* The secondary buttons: print, show all / hide all and the pager. */
  .print,
  .toggle-all,
  .pager button {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  .section {
    border-block-end: 1px solid var(--_border);
  }

  .section-heading {
    margin: 0;
    font-size: 1.15em;
  }

  .section-heading button {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--_text);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  .section-heading button:hover .section-title {
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }

  .chevron {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    padding: 0.2em;
    border: 1px solid var(--_accent);
    border-radius: 50%;
    color: var(--_accent);
  }

  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }

  .section-body > :first-child {
    margin-block-start: 0;
  }

  .section-body > :last-child {
    margin-block-end: var(--_space);
  }

  p,
  ul,
  dl {
    margin-block: 0 calc(var(--_space) * 0.75);
  }

  ul {
    padding-inline-start: 1.5em;
  }

  .section-body dl .term {
    margin-block-end: calc(var(--_space) / 2);
  }

  .section-body dt {
    font-weight: 700;
  }

  .section-body dd {
    margin-inline-start: 1.5em;
  }

  /* Service table */
  .services {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .service-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14rem;
    min-inline-size: 0;
  }

  .field label {
    font-weight: 600;
  }

  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    padding: 0.35em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    inline-size: 100%;
  }

  .match-count {
    margin-block: calc(var(--_space) / 2);
    color: var(--_muted);
    unicode-bidi: plaintext;
  }

  /* Positioned, so that the visually hidden caption and link texts inside, which are absolutely
     positioned, stay in this scrolling box instead of widening the page. */
  .table-scroll {
    position: relative;
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  .services-title {
    margin-block: 0 calc(var(--_space) / 2);
    font-size: 1.15em;
  }

  th,
  td {
    padding: 0.5em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    padding: 0;
    background: var(--_surface);
    border-block-end-width: 2px;
  }

  .sort {
    display: flex;
    align-items: center;
    gap: 0.35em;
    inline-size: 100%;
    padding: 0.5em 0.6em;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  .sort-icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.8em;
    fill: var(--_muted);
  }

  .sort-icon[data-direction='ascending'] .down,
  .sort-icon[data-direction='descending'] .up {
    visibility: hidden;
  }

  .sort-icon:not([data-direction='none']) {
    fill: var(--_accent);
  }

  tbody th {
    font-weight: 400;
  }

  /* The row a #service-… link points at, or find-in-page found on another page. */
  .marked > * {
    background: var(--_notice);
  }

  /* Each row's number links to the row; as a link it shows on hover and focus. */
  .row-link {
    color: inherit;
    text-decoration: none;
  }

  .row-link:hover {
    color: var(--_accent);
    text-decoration: underline;
  }

  /* Stacked rows, for a table whose columns do not fit (TableFit): each service a block, the row
     number and name as its heading line, the other fields as «label: value» below; the header
     row a line of sort buttons. The roles in the markup keep it a table to screen readers. Paper
     always gets the table. */
  @media screen {
    .stacked,
    .stacked tbody,
    .stacked thead,
    .stacked th,
    .stacked td {
      display: block;
      inline-size: auto;
      border: 0;
    }
    .stacked thead tr {
      display: flex;
      flex-wrap: wrap;
      background: var(--_surface);
    }
    .stacked .sort {
      padding: 0.3em 0.6em;
    }
    .stacked tbody tr {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.6em;
      padding-block: 0.6em;
      border-block-end: 1px solid var(--_border);
    }
    .stacked tbody > * > * {
      grid-column: 2;
      padding: 0;
    }
    .stacked .number {
      grid-area: 1 / 1;
    }
    .stacked tbody th {
      grid-row: 1;
      font-weight: 700;
    }
    .stacked td:empty {
      display: none;
    }
    .stacked .marked {
      background: var(--_notice);
    }
    /* The label is said by the cell's column header already: no alternative text for it. It is
       an interface word, maybe in another language than the value: isolated, in its own direction. */
    .stacked td[data-label]::before {
      content: attr(data-label) ':' / '';
      margin-inline-end: 0.35em;
      color: var(--_muted);
      unicode-bidi: plaintext;
    }
  }

  /* The rows of a one-page table that the search does not match (ServiceView's everyRow); as
     specific as the stacked rows' display, and after it. */
  tbody > tr[hidden] {
    display: none;
  }

  .address {
    display: none;
  }

  .number {
    inline-size: 1%;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  /* States */
  .loading {
    min-block-size: 16rem;
  }

  .loading-text {
    color: var(--_muted);
  }

  .skeleton span {
    display: block;
    block-size: 1rem;
    margin-block-end: 0.9rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .skeleton span:first-child {
    block-size: 1.75rem;
    inline-size: 60%;
  }

  .skeleton span:last-child {
    inline-size: 80%;
  }

  .failure,
  .notice {
    padding: var(--_space);
    border-inline-start: 0.3rem solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .notice {
    margin-block-end: var(--_space);
    border-inline-start-color: var(--_notice-border);
    background: var(--_notice);
  }

  .failure > :last-child,
  .notice > :last-child {
    margin-block-end: 0;
  }

  .failure-title {
    color: var(--_danger);
  }

  .problems {
    overflow-wrap: anywhere;
  }

  .retry {
    padding: 0.35em 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease;
    }
  }

  /* Windows high-contrast and other forced palettes: keep borders, arrows and focus visible. */
  @media (forced-colors: active) {
    .chevron {
      border-color: ButtonText;
      color: ButtonText;
    }
    .expired,
    .failure,
    .notice {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .marked {
      outline: 2px solid Highlight;
    }
  }

  /* Print: every section open, no controls. The rest of paper's layout (the table on A4, links'
     addresses, page breaks) is the printing module's (print-pages.ts), fetched when idle: a page
     printed before it arrives, or without it, still prints every section and row. */
  @media print {
    .frame {
      background: none;
      color: #000000;
    }
    .print,
    .toggle-all,
    .chevron,
    .retry,
    .service-controls,
    .sort-icon {
      display: none;
    }
    .section-body[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`,
);
