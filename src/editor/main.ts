/**
 * The editor's entry: defines `<sla-editor>` (which brings `<sla-statement>` for its preview).
 * Built on its own into dist/editor/ (vite.editor.config.ts), so the element's bundle carries
 * none of the editor, the importer or the Word reader.
 */
import { SlaEditor } from './sla-editor.js';

export { SlaEditor };

if (!customElements.get('sla-editor')) customElements.define('sla-editor', SlaEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sla-editor': SlaEditor;
  }
}
