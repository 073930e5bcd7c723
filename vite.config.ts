import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `npm run demo` serves demo/ (one page per embedding scenario); `npm run build` writes the two
 * self-contained bundles portals use: an ES module and a classic script for CMSs that strip
 * `type="module"`.
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  server: { port: 5173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    // Vite keeps whitespace in ES library builds unless the output itself is told to minify.
    minify: true,
    rolldownOptions: { output: { minify: true } },
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
