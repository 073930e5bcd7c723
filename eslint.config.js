/**
 * The project's own rules, checked by `npm test` (scripts/test.mjs) and `npm run lint`. Type
 * errors are TypeScript's job (`npm run typecheck`); these rules hold what the compiler cannot:
 * where code may live and what it may reach.
 */
import tseslint from 'typescript-eslint';

/** Modules that are plain logic: they run in Node (the CLI, vitest) as well as in browsers. */
const PURE = ['src/format/**', 'src/dates/**', 'src/text/**', 'src/services/**', 'src/importer/**', 'src/wording/**', 'src/fallback/**', 'src/scheduling/**'];

const DOM_GLOBALS = ['window', 'document', 'customElements', 'HTMLElement', 'localStorage', 'sessionStorage', 'navigator', 'location', 'requestAnimationFrame'].map((name) => ({
  name,
  message: 'Pure modules have no DOM: they run in Node too. Take the value as an argument, or move the code to src/internal/.',
}));

const MSG_ONLY_IN_MESSAGES = {
  name: '@lit/localize',
  importNames: ['msg', 'str'],
  message: 'Interface strings live in src/internal/messages.ts, or in a src/internal/*-messages.ts beside a module fetched on demand (the build gives them short ids there), and problem and warning wording in src/wording/.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'test/cms/**', 'test-results/**', 'screenshots/**', 'custom-elements.json'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    rules: {
      'no-debugger': 'error',
      'no-restricted-imports': ['error', { paths: [MSG_ONLY_IN_MESSAGES] }],
    },
  },
  {
    files: ['src/internal/messages.ts', 'src/internal/*-messages.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          paths: [MSG_ONLY_IN_MESSAGES, { name: 'lit', message: 'Pure modules render nothing: rendering belongs in src/internal/render/ or src/editor/render/.' }],
          patterns: [{ group: ['**/internal/**', '**/sla-statement*'], message: 'Pure modules do not reach into the element: the element depends on them, not the other way round.' }],
        },
      ],
    },
  },
  {
    // Render functions take plain data and report the reader's actions as events (README: Data
    // flow): they may know a controller's types, never hold or call the controller.
    files: ['src/internal/render/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*-view.js', '../section-disclosure.js', '../statement-loader.js', '../staged-paint.js', '../structured-data.js', '../print-sheet.js', '../service-target.js', '../table-fit.js', '../match-highlight.js', '../../sla-statement*'],
              allowTypeImports: true,
              message: 'Render functions take plain data and report actions with report() (render/reader-action.ts); the element hands them to the controllers.',
            },
          ],
        },
      ],
    },
  },
  {
    // What ships to citizens keeps its private members ES `#private`: TypeScript's `private` is a
    // public property at run time, whose name no minifier may shorten (bench/README.md, "Bytes").
    files: ['src/**/*.ts'],
    ignores: ['src/editor/**', 'src/cli/**', 'src/importer/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: '[accessibility="private"]', message: 'Use an ES #private member: the bundle can shorten its name.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // A focused test committed by mistake silently skips the rest of the suite.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'A committed .only skips every other test.' },
        { object: 'describe', property: 'only', message: 'A committed .only skips every other test.' },
      ],
    },
  },
);
