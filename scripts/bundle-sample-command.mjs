/**
 * A web-test-runner command, `bundle-sample`: bundles a framework code sample from the docs with
 * esbuild, as an app's bundler would, so the browser test can run it. `sla-statement` resolves
 * to this repository's source; Vue resolves to its build with the template compiler, since the
 * sample compiles its template at run time.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function bundleSampleCommand() {
  return {
    name: 'bundle-sample',
    async executeCommand({ command, payload }) {
      if (command !== 'bundle-sample') return undefined;
      const { code, lang, prelude = '' } = payload;
      const result = await build({
        stdin: { contents: `${prelude}\n${code}`, loader: lang === 'ts' ? 'ts' : lang === 'jsx' ? 'jsx' : 'js', resolveDir: root },
        bundle: true,
        format: 'esm',
        write: false,
        jsx: 'automatic',
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
        alias: {
          'sla-statement': `${root}src/sla-statement.ts`,
          vue: 'vue/dist/vue.esm-bundler.js',
        },
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          ngDevMode: 'false',
        },
        logLevel: 'silent',
      });
      return result.outputFiles[0].text;
    },
  };
}
