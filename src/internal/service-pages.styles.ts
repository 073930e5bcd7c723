/**
 * The look of a table of pages' own parts (render/service-pages.ts): the note that find-in-page
 * sees one page, and the pager, whose buttons look like the element's other secondary buttons
 * (sla-statement.styles.ts). Adopted into the element's shadow root with its first table of pages
 * (ServicePages), as part of the module only such a table fetches.
 */
import { css, styleSheet } from './style-sheet.js';

let sheet: CSSStyleSheet | undefined;

/** Adds the table of pages' look to the element's own stylesheets, once. */
export function adoptPageStyles(root: ShadowRoot): void {
  sheet ??= styleSheet(css`
    .find-note {
      margin-block: calc(var(--_space) / 2);
      color: var(--_muted);
      unicode-bidi: plaintext;
    }

    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_space) / 2);
      margin-block-start: var(--_space);
      unicode-bidi: plaintext;
    }

    .pager button:disabled {
      border-color: var(--_border);
      color: var(--_muted);
      cursor: default;
    }

    @media print {
      .pager {
        display: none;
      }
    }
  `);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
