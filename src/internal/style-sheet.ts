/**
 * The element's stylesheets are plain text made into constructable stylesheets, which Lit's
 * `static styles` and shadow roots take as they are: Lit's css`` tag would add its CSSResult
 * wrapper and checks to the bundle, and importing it from a module fetched on demand made
 * rolldown split Lit into a chunk of its own (https://github.com/rolldown/rolldown/issues/10731).
 */

/** Named `css` so the build minifies its templates as it does Lit's (vite.config.ts). */
export const css = String.raw;

export function styleSheet(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}
