/**
 * A minimal static server for the benchmark: generated pages and JSON from memory, the built
 * bundle (/dist) and GOV.UK Frontend (/node_modules, and /assets for its fonts, which its CSS
 * asks for at the site root) from the repository. No caching headers. No compression by default:
 * every measurement uses a fresh browser context and loopback, so transfer is not what we
 * measure. The phone's first sentence, whose network is slow, asks for gzip, as any real host
 * serves text (phone.mjs).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * @param {string} root repository root
 * @param {Map<string, Buffer>} pages in-memory files by URL path
 * @param {{ gzip?: boolean }} [options] gzip: compress every answer (made once per file)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root, pages, { gzip = false } = {}) {
  const compressed = new Map();
  /** The gzipped bytes of a page or file, compressed on first request and kept. */
  const gzipOf = (key, read) => {
    let body = compressed.get(key);
    if (!body) compressed.set(key, (body = gzipSync(read(), { level: 9 })));
    return body;
  };

  // URL prefix → directory on disk. Nothing else of the repository is reachable.
  const mounts = [
    ['/dist/', join(root, 'dist')],
    ['/node_modules/', join(root, 'node_modules')],
    ['/assets/', join(root, 'node_modules/govuk-frontend/dist/govuk/assets')],
  ];

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const body = pages.get(path);
    if (body) {
      const sent = gzip ? gzipOf(path, () => body) : body;
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': sent.length, 'Cache-Control': 'no-store', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(sent);
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir + sep)) break; // no escaping the mount with ../
      let size;
      try {
        const stat = statSync(file);
        if (!stat.isFile()) break;
        size = stat.size;
      } catch {
        break;
      }
      if (gzip) {
        const sent = gzipOf(file, () => readFileSync(file));
        response.writeHead(200, { 'Content-Type': type, 'Content-Length': sent.length, 'Cache-Control': 'no-store', 'Content-Encoding': 'gzip' });
        response.end(sent);
        return;
      }
      response.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve); // port 0: the system picks a free one
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
