import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
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
 * self-contained bundles portals use: an ES module and a classic script for CMSs that strip
 * `type="module"`.
 */
export default defineConfig(({ command }) => ({
  plugins: command === 'serve' ? [openDemo] : [minifyTemplates],
  server: { port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    // Vite keeps whitespace in ES library builds unless the output itself is told to minify.
    // The /* @__PURE__ */ annotations are for bundlers that tree-shake; nobody re-bundles these
    // finished files, and in the ES one they cost 0.23 KB gzip.
    minify: true,
    rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/sla-statement.ts'),
      name: 'SlaStatement',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'sla-statement.js' : 'sla-statement.iife.js'),
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
