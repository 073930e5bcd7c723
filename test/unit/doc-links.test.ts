/**
 * The README and the docs link only inside the repository, to files that are there: a clone or
 * the npm package reads them whole, with no sibling folder or web page to fall back on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const FILES = ['README.md', 'bench/README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Markdown links and images outside code blocks and inline code: `[text](target)`. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(([, target]) => target!);
}

describe.each(FILES)('%s', (file) => {
  it('links only to files inside the repository', () => {
    const outside = links(readFileSync(join(root, file), 'utf8')).filter((target) => {
      if (target.startsWith('#')) return false;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return true;
      const path = join(root, dirname(file), decodeURI(target.split('#')[0]!));
      return relative(root, path).startsWith('..') || !existsSync(path);
    });
    expect(outside).toEqual([]);
  });
});
