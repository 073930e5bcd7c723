/**
 * The WordPress block editor's parser, serializer and paste handler with every core block
 * registered, as the editor runs them, for test/browser/cms/wordpress.test.ts. The packages are
 * npm modules with no browser build of their own, so esbuild bundles them from test/cms/ when
 * the page asks for /__cms/wordpress.js. Bundling takes about 15 s on two cores, so the result
 * is kept in test/cms/node_modules/.cache/ (which `npm ci` clears) under the hash of the lockfile
 * and this file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CMS = fileURLToPath(new URL('../test/cms/', import.meta.url));
const PATH = '/__cms/wordpress.js';

const ENTRY = `
import { registerCoreBlocks } from '@wordpress/block-library';
import { createBlock, parse, serialize, pasteHandler as wordpressPasteHandler } from '@wordpress/blocks';
registerCoreBlocks();
// The paste handler writes every paste to the console, which the test runner would print for each test.
export function pasteHandler(options) {
  const log = console.log;
  console.log = () => {};
  try {
    return wordpressPasteHandler(options);
  } finally {
    console.log = log;
  }
}
export { createBlock, parse, serialize };
`;

/**
 * The upload queue's image and video converters (WebAssembly, 16 MB inlined) are imported only
 * when media is uploaded, which parsing, pasting and serializing never do: left out.
 */
const withoutMediaWorkers = {
  name: 'without-media-workers',
  setup(build) {
    build.onResolve({ filter: /^@wordpress\/(vips|video-conversion)\/worker$/ }, ({ path }) => ({ path, namespace: 'left-out' }));
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export {};' }));
  },
};

async function bundle() {
  const key = createHash('sha256')
    .update(readFileSync(`${CMS}package-lock.json`))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 16);
  const cached = `${CMS}node_modules/.cache/wordpress-${key}.js`;
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: CMS },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    minify: true,
    plugins: [withoutMediaWorkers],
    // The block library imports its editor styles; a parser and serializer need none.
    loader: { '.css': 'empty', '.scss': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"', 'process.env.IS_GUTENBERG_PLUGIN': 'false', 'process.env.IS_WORDPRESS_CORE': 'true' },
    logLevel: 'silent',
  });
  mkdirSync(`${CMS}node_modules/.cache`, { recursive: true });
  writeFileSync(cached, result.outputFiles[0].text);
  return result.outputFiles[0].text;
}

export function wordpressBundle() {
  let pending;
  return {
    name: 'wordpress-bundle',
    async serve(context) {
      if (context.path !== PATH) return undefined;
      pending ??= bundle();
      return { body: await pending, type: 'js' };
    },
  };
}
