import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** npm makes a bin executable on install; a checkout runs it straight away too. */
const executable: Plugin = {
  name: 'executable-bin',
  async writeBundle(options, bundle) {
    for (const file of Object.keys(bundle)) {
      if (file.endsWith('.js')) await chmod(resolve(options.dir ?? 'dist', file), 0o755);
    }
  },
};

/**
 * The `sla-statement` command (src/cli/main.ts) as one file for plain `node`: built in SSR mode
 * for Node with every dependency bundled (the format, the importer, parse5, mammoth) and only Node's own
 * modules left as imports. Runs after the main build, which empties dist/, so it keeps dist/.
 */
export default defineConfig({
  plugins: [executable],
  publicDir: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(import.meta.dirname, 'src/cli/main.ts'),
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      // One file: the Word reader, a dynamic import in the importer, is inlined too.
      output: { format: 'es', entryFileNames: 'cli.js', banner: '#!/usr/bin/env node', codeSplitting: false },
    },
  },
});
