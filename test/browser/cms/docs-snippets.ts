/**
 * What docs/embedding.md tells a webmaster to paste and to configure, read from the page itself so
 * that the CMS tests prove the docs as written. A snippet follows `<!-- snippet: NAME -->`, an
 * editor's setting `<!-- setting: EDITOR -->` (both invisible where the Markdown is read).
 */
const docs = await (await fetch('/docs/embedding.md')).text();

function block(marker: string, lang: string): string {
  const found = docs.match(new RegExp(`<!-- ${marker} -->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``));
  if (!found) throw new Error(`docs/embedding.md has no ${lang} block after <!-- ${marker} -->`);
  return found[1]!.trim();
}

export type Snippet = 'link' | 'element' | 'inline';

export function snippet(name: Snippet): string {
  return block(`snippet: ${name}`, 'html');
}

export function setting(editor: 'tinymce'): Record<string, unknown> {
  return JSON.parse(block(`setting: ${editor}`, 'json'));
}

/** The title of the statement inside the inline snippet. */
export function inlineTitle(): string {
  const script = new DOMParser().parseFromString(snippet('inline'), 'text/html').querySelector('script')!;
  return JSON.parse(script.textContent!).title;
}
