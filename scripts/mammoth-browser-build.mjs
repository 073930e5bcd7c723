/**
 * The browser tests' dev server serves ES modules as they are and cannot run CommonJS such as
 * mammoth (the Word reader): Vite bundles it for the editor (its `browser` field), and here the
 * import of 'mammoth' is answered with mammoth's own browser build (`mammoth.browser.js`, one
 * file made by its authors), loaded as a classic script.
 */
const SHIM = '/__mammoth-browser-build.js';

export function mammothBrowserBuild() {
  return {
    name: 'mammoth-browser-build',
    resolveImport({ source }) {
      return source === 'mammoth' ? SHIM : undefined;
    },
    serve(context) {
      if (context.path !== SHIM) return undefined;
      return {
        type: 'js',
        body: `await new Promise((resolve, reject) => {
  const script = document.createElement('script');
  script.src = '/node_modules/mammoth/mammoth.browser.js';
  script.onload = resolve;
  script.onerror = () => reject(new Error('mammoth.browser.js did not load'));
  document.head.append(script);
});
export default globalThis.mammoth;
`,
      };
    },
  };
}
