import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import elementConfig from './vite.config.js';

/**
 * A page that runs the built editor as it is: `dist/editor/index.html` beside the bundle, for
 * any static server (or a portal's intranet) with no build step.
 */
const editorPage: Plugin = {
  name: 'editor-page',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'index.html',
      source: `<!doctype html>
<html lang="fa" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ویرایشگر توافقنامه سطح خدمت</title>
    <link rel="icon" href="data:," />
    <style>body { margin: 0; font-family: Vazirmatn, Tahoma, 'Segoe UI', system-ui, sans-serif; }</style>
    <script type="module" src="./sla-editor.js"></script>
  </head>
  <body>
    <sla-editor></sla-editor>
  </body>
</html>
`,
    });
  },
};

/**
 * The editor's own bundle, `dist/editor/sla-editor.js` (`npm run build`, after the element's):
 * `<sla-editor>` with the element for its preview, the importer and the wording, built with the
 * element's plugins (minified templates, short message ids); the Word reader, mammoth, is a chunk
 * of its own, fetched when the page is idle. The element's bundle is built separately and gets
 * none of it.
 */
export default defineConfig((env) => {
  const element = (typeof elementConfig === 'function' ? elementConfig(env) : elementConfig) as UserConfig;
  return {
    plugins: [...(element.plugins ?? []), editorPage],
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/editor',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      rolldownOptions: {
        output: {
          minify: true,
          comments: { annotation: false },
          // The Word reader's chunk says what it is (its entry module is mammoth's lib/index.js).
          chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/node_modules/mammoth/')) ? 'chunks/mammoth-[hash].js' : 'chunks/[name]-[hash].js'),
        },
      },
      lib: {
        entry: resolve(import.meta.dirname, 'src/editor/main.ts'),
        formats: ['es'],
        fileName: () => 'sla-editor.js',
      },
    },
  };
});
