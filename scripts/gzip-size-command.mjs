/**
 * A web-test-runner command, `gzip-size`: the gzip size (level 9) of files of this repository, by
 * their paths as the page fetched them (`/dist/…`). The bytes-loaded test asks it for the files a
 * page really loaded, as the browser's resource timing lists them.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);

export function gzipSizeCommand() {
  return {
    name: 'gzip-size',
    async executeCommand({ command, payload }) {
      if (command !== 'gzip-size') return undefined;
      const sizes = {};
      for (const path of payload.paths) {
        if (!/^\/dist\/[\w.-]+\.js$/.test(path)) throw new Error(`gzip-size: not a bundle file: ${path}`);
        sizes[path] = gzipSync(await readFile(new URL(`.${path}`, root)), { level: 9 }).length;
      }
      return sizes;
    },
  };
}
