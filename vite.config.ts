import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';

/**
 * Lit's html`` and css`` templates keep their indentation in the bundle; minifying them is the
 * cheapest way to keep every byte shipped to citizens (https://lit.dev/docs/tools/production/).
 */
const minifyTemplates: Plugin = {
  name: 'minify-lit-templates',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map } : null;
  },
};

/**
 * Message ids ('ui.showAll', 'problem.missing'…) are only lookup keys between messages.ts and the
 * generated locale modules, so the bundles get short ones (0.35 KB gzip); the source, the XLIFF
 * and dist/esm keep the readable ones. Padded with spaces to the same length, so source maps stay
 * exact; the minifier drops the spaces. test/browser/dist-english.test.ts checks the result.
 *
 * As every msg() has an id (checked here), @lit/localize never derives one from a message's text,
 * so its hashing (fnv1a64) is left out of the bundles too (0.27 KB gzip). Were it ever asked, the
 * stand-in's empty id would find no translation and show the Persian source text.
 */
function shortMessageIds(): Plugin {
  // The interface's words: the bundle's (messages.ts), and those of the modules fetched on demand
  // that need words of their own (paging-messages.ts, report-messages.ts…), each beside its module.
  const MESSAGE_MODULES = readdirSync(resolve(import.meta.dirname, 'src/internal'))
    .filter((file) => /^(?:[\w-]+-)?messages\.ts$/.test(file))
    .map((file) => `src/internal/${file}`);
  const NO_ID_GENERATION = '\0no-msg-id-generation';
  const MSG_CALL = /\bmsg\(/g;
  const ID_OPTION = /\bid: '([\w.-]+)'/g;
  const LOCALE_KEY = /^(\s*)'([\w.-]+)':/gm;
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // a, b, … Z, aa, ba, …: identifiers, so the minifier writes the locale's keys unquoted.
  const shortName = (index: number): string =>
    LETTERS[index % LETTERS.length]! + (index < LETTERS.length ? '' : shortName(Math.floor(index / LETTERS.length) - 1));
  const short = new Map<string, string>();
  const shorten = (id: string, quoted: string) => {
    if (!short.has(id)) short.set(id, shortName(short.size));
    return `'${short.get(id)}'`.padEnd(quoted.length);
  };
  return {
    name: 'short-message-ids',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('/@lit/localize/internal/') ? NO_ID_GENERATION : null;
    },
    load(id) {
      return id === NO_ID_GENERATION ? "export const generateMsgId = () => '';" : null;
    },
    buildStart() {
      short.clear();
      for (const module of MESSAGE_MODULES) {
        const messages = readFileSync(resolve(import.meta.dirname, module), 'utf8');
        for (const [, id] of messages.matchAll(ID_OPTION)) shorten(id!, '');
      }
    },
    transform(code, id) {
      if (MESSAGE_MODULES.some((module) => id.endsWith(`/${module}`))) {
        if (code.match(MSG_CALL)?.length !== code.match(ID_OPTION)?.length) {
          this.error(`${id}: every msg() needs an id: '…' option`);
        }
        return { code: code.replace(ID_OPTION, (_, name: string) => `id: ${shorten(name, `'${name}'`)}`), map: null };
      }
      if (!id.includes('/src/generated/locales/')) {
        if (/\/src\/.*\.ts$/.test(id) && code.match(MSG_CALL)) this.error(`${id}: msg() belongs in ${MESSAGE_MODULES.join(' or ')}`);
        return null;
      }
      const renamed = code.replace(LOCALE_KEY, (_, indent: string, name: string) => {
        // A translation whose message is gone would silently take another message's short id.
        if (!short.has(name)) this.error(`${id}: '${name}' is translated but no msg() in messages.ts uses it`);
        return `${indent}${shorten(name, `'${name}'`)}:`;
      });
      return { code: renamed, map: null };
    },
  };
}

/**
 * The classic script is one file, so the parts the ES bundle loads on demand (src/internal/
 * on-demand.ts) are imported ahead there, as plain imports: left as import() calls, they are
 * inlined behind lazy-initialisation wrappers that cost 0.8 KB gzip. Runs after TypeScript is
 * stripped, so `typeof import('…')` in types is gone by then.
 */
const onDemandAhead: Plugin = {
  name: 'on-demand-ahead',
  enforce: 'post',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const imports: string[] = [];
    const rewritten = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote: string, path: string) => {
      const name = `onDemand${imports.length}`;
      imports.push(`import * as ${name} from ${quote}${path}${quote};`);
      return `Promise.resolve(${name})`;
    });
    return imports.length > 0 ? { code: imports.join('') + rewritten, map: null } : null;
  },
};

/**
 * A second minifier over rolldown's output: terser finds what rolldown's leaves (0.23 KB gzip
 * of the ES bundle; bench/README.md, "Bytes"). The source maps are carried through it, so they
 * still point at src/ (test/package/source-maps.test.ts).
 */
const terserPass: Plugin = {
  name: 'terser-pass',
  enforce: 'post',
  async generateBundle({ format }, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const comment = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
      const map = bundle[`${chunk.fileName}.map`];
      const result = await minify(chunk.code, {
        module: format === 'es',
        ecma: 2022,
        compress: { passes: 2 },
        format: { comments: false },
        sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), url: `${chunk.fileName}.map` } : false,
      });
      chunk.code = result.code! + comment;
      if (map?.type === 'asset' && typeof result.map === 'string') map.source = result.map;
    }
  },
};

/** The demo lives in demo/; send the bare address there. */
const openDemo: Plugin = {
  name: 'open-demo',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.statusCode = 302;
      response.setHeader('Location', '/demo/');
      response.end();
    });
  },
};

/**
 * `npm run demo` serves demo/ (one page per embedding scenario); `npm run build` writes the two
 * bundles portals use: an ES module, which fetches the parts a statement may not need from beside
 * itself, and (`--mode classic`) a classic script in one file for CMSs that strip `type="module"`.
 */
export default defineConfig(({ command, mode }) => ({
  plugins: command === 'serve' ? [openDemo] : [minifyTemplates, shortMessageIds(), terserPass, ...(mode === 'classic' ? [onDemandAhead] : [])],
  server: { port: 5173 },
  build: {
    outDir: 'dist',
    // The classic build runs second and keeps what the ES build wrote.
    emptyOutDir: mode !== 'classic',
    target: 'es2022',
    // Vite keeps whitespace in ES library builds unless the output itself is told to minify.
    // The /* @__PURE__ */ annotations are for bundlers that tree-shake; nobody re-bundles these
    // finished files, and in the ES one they cost 0.23 KB gzip.
    minify: true,
    rolldownOptions: {
      // Lets code the bundle shares with its on-demand modules stay in the bundle (which then
      // exports it to them) instead of becoming one more file every page fetches.
      preserveEntrySignatures: 'allow-extension',
      // @lit/localize declares no sideEffects, so its runtime, which sets up its state when its
      // module runs, stayed in the bundle through the package's index; a Persian page never
      // needs it, and the English module brings it (src/internal/localization.ts).
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/@lit/localize/') },
      // The on-demand modules sit beside the bundle, named after it, so `dist/sla-statement*.js`
      // is every file a page may fetch (docs/embedding.md, package.json files).
      output: { minify: true, comments: { annotation: false }, chunkFileNames: 'sla-statement-[name]-[hash].js' },
    },
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/sla-statement.ts'),
      name: 'SlaStatement',
      formats: mode === 'classic' ? ['iife'] : ['es'],
      fileName: (format) => (format === 'es' ? 'sla-statement.js' : 'sla-statement.iife.js'),
    },
  },
  // Two sets: unit tests need nothing but the sources (`npm run test:unit` on a fresh clone);
  // package tests read what `npm run build` wrote (bundles, CLI, manifest), so npm test builds first.
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'package', include: ['test/package/**/*.test.ts'] } },
    ],
  },
}));
