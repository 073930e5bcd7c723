/** Types for scripts/chromium.mjs, for the TypeScript tests that launch Chromium themselves. */
export declare const chromiumPath: string | undefined;
export declare const chromiumArgs: string[];
