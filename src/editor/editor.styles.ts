/**
 * The editor's look: plain form controls with visible labels and a strong focus ring, logical
 * properties throughout (the same CSS lays out Persian right-to-left and English left-to-right),
 * the form and the preview side by side on wide screens and one above the other on phones.
 */
import { css } from 'lit';
import { styleSheet } from '../internal/style-sheet.js';
import { visuallyHidden } from '../internal/visually-hidden.styles.js';

export const editorStyles = [
  styleSheet(visuallyHidden),
  css`
  :host {
    display: block;
    color: #1b1f23;
    background: #ffffff;
    font: inherit;
    line-height: 1.6;
    --accent: #005a9c;
    --accent-dark: #00457a;
    --border: #6b7280;
    --muted: #4b5563;
    --error: #b42318;
    --note: #92400e;
    --focus: #f59e0b;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .editor {
    max-inline-size: 110rem;
    margin-inline: auto;
    padding: 1rem;
  }

  h1 {
    font-size: 1.3rem;
    margin: 0;
  }

  h2 {
    font-size: 1.15rem;
    margin-block: 0 0.5rem;
  }

  h3 {
    font-size: 1rem;
    margin-block: 1rem 0.5rem;
  }

  h4 {
    font-size: 1rem;
    margin-block: 0.75rem 0.25rem;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid #d0d5db;
  }

  .bar .saved {
    flex-basis: 100%;
    margin: 0;
  }

  .tools,
  .actions,
  .add-block,
  .add-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .panel {
    margin-block: 1.25rem;
  }

  .start-grid {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-items: start;
  }

  .help {
    color: var(--muted);
    font-size: 0.9rem;
    margin-block: 0.125rem 0.375rem;
  }

  .status {
    font-weight: 600;
  }

  .error {
    color: var(--error);
    font-weight: 600;
  }

  label,
  legend {
    font-weight: 600;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.625rem;
    min-inline-size: 0;
  }

  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.625rem;
  }

  input[type='text'],
  input[type='url'],
  input:not([type]),
  textarea,
  select {
    font: inherit;
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--border);
    border-radius: 0.25rem;
    background: #ffffff;
    color: inherit;
  }

  select {
    inline-size: auto;
    max-inline-size: 100%;
  }

  textarea {
    resize: vertical;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--error);
    border-width: 2px;
  }

  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
  }

  #json,
  .snippet {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.85rem;
    line-height: 1.5;
    tab-size: 2;
    white-space: pre;
    overflow: auto;
  }

  #json {
    min-block-size: 30rem;
  }

  button {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--accent);
    border-radius: 0.25rem;
    background: var(--accent);
    color: #ffffff;
    cursor: pointer;
  }

  button:hover:not(:disabled) {
    background: var(--accent-dark);
  }

  button:disabled {
    background: #e5e7eb;
    border-color: #9ca3af;
    color: #4b5563;
    cursor: default;
  }

  button.secondary,
  button.small {
    background: #ffffff;
    color: var(--accent);
  }

  button.secondary:hover:not(:disabled),
  button.small:hover:not(:disabled) {
    background: #e8f1f8;
  }

  button.small {
    padding: 0.125rem 0.5rem;
    font-size: 0.875rem;
  }

  button.danger {
    color: var(--error);
    border-color: var(--error);
  }

  /* One focus ring for every control, thick and in a colour that stands out from the accent. */
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  fieldset {
    border: 1px solid #d0d5db;
    border-radius: 0.375rem;
    margin: 0;
    padding: 0.5rem 0.875rem 0.75rem;
    min-inline-size: 0;
  }

  .group {
    margin-block: 1rem;
  }

  section.group {
    border-block-start: 2px solid #d0d5db;
    padding-block-start: 0.25rem;
  }

  .subgroup {
    margin-block: 0.75rem;
  }

  .choice {
    border: 0;
    padding: 0;
    margin-block: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .choice legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }

  .choice label,
  .checks label {
    font-weight: normal;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  .pair {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }

  .date-words {
    margin: 0;
    min-block-size: 1.6em;
    color: #065f46;
    font-weight: 600;
  }

  .date-words.refused {
    color: var(--error);
  }

  .start summary {
    cursor: pointer;
    inline-size: fit-content;
  }

  .start summary h2 {
    display: inline;
  }

  details.more {
    margin-block: 0.5rem;
  }

  details.more > summary {
    cursor: pointer;
    color: var(--accent);
    inline-size: fit-content;
  }

  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .messages li {
    padding: 0.25rem 0.5rem;
    margin-block: 0.25rem;
    border-inline-start: 4px solid var(--error);
    background: #fef3f2;
  }

  .messages li.note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.5rem;
    border-inline-start-color: var(--note);
    background: #fffbeb;
  }

  ol.sections,
  ol.blocks,
  ol.items,
  ol.routes,
  ol.mapping {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  li.section {
    margin-block: 0.875rem;
  }

  li.section > fieldset > legend {
    font-size: 1.05rem;
  }

  .handle {
    cursor: grab;
    padding-inline-end: 0.375rem;
    color: var(--muted);
  }

  li.block {
    border-inline-start: 3px solid #d0d5db;
    padding-inline-start: 0.75rem;
    margin-block: 0.75rem;
  }

  li.item {
    margin-block: 0.25rem;
  }

  .tools {
    margin-block: 0.25rem;
  }

  /* Positioned, so the visually hidden legends in its cells scroll with it, not widen the page. */
  .grid-scroll {
    position: relative;
    overflow-x: auto;
    max-inline-size: 100%;
    border: 1px solid #d0d5db;
    border-radius: 0.25rem;
    margin-block: 0.5rem;
  }

  table.grid {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-size: 0.9rem;
  }

  table.grid caption {
    text-align: start;
    padding: 0.375rem 0.5rem;
    color: var(--muted);
  }

  table.grid th,
  table.grid td {
    border: 1px solid #e5e7eb;
    padding: 0.25rem;
    vertical-align: top;
    text-align: start;
  }

  table.grid thead th {
    background: #f3f4f6;
    white-space: nowrap;
  }

  .col-name {
    min-inline-size: 16rem;
  }

  .col-unit,
  .col-duration,
  .col-cost {
    min-inline-size: 9rem;
  }

  .col-id,
  .col-url {
    min-inline-size: 10rem;
  }

  .col-visits {
    min-inline-size: 5rem;
  }

  .checks {
    border: 0;
    padding: 0;
    display: grid;
    gap: 0 0.5rem;
    grid-template-columns: repeat(2, max-content);
  }

  .col-actions .tools {
    flex-wrap: nowrap;
    margin: 0;
  }

  .col-channels .checks {
    grid-template-columns: repeat(3, max-content);
  }

  .mapper {
    border: 2px solid var(--accent);
    border-radius: 0.375rem;
    padding: 0.5rem 1rem;
    margin-block: 0.75rem;
    background: #f8fafc;
  }

  .mapping .field {
    margin-block: 0.375rem;
  }

  .paste-report {
    list-style: none;
    padding: 0;
  }

  .findings {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .findings li {
    margin-block: 0.375rem;
  }

  .findings .place {
    font-weight: 600;
  }

  .findings a {
    color: var(--accent);
  }

  .findings button {
    margin-inline-start: 0.5rem;
  }

  .tabs {
    display: flex;
    gap: 0.25rem;
    border-block-end: 2px solid var(--accent);
    margin-block-end: 0.5rem;
  }

  .tabs [role='tab'] {
    background: #ffffff;
    color: var(--accent);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  .tabs [role='tab'][aria-selected='true'] {
    background: var(--accent);
    color: #ffffff;
  }

  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 2rem;
    align-items: start;
  }

  .preview .frame {
    border: 1px dashed var(--border);
    padding: 0.5rem;
    margin-inline: auto;
  }

  .preview .frame.phone {
    inline-size: min(100%, 360px);
  }

  .route {
    margin-block: 1rem;
  }

  @media (min-width: 64rem) {
    .workspace {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }

    .panel.preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
      margin-block-start: 0;
    }

    .panel.edit {
      margin-block-start: 0;
    }
  }

  @media (forced-colors: active) {
    .tabs [role='tab'][aria-selected='true'] {
      outline: 2px solid CanvasText;
    }
  }
`,
];
