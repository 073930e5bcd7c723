/**
 * The editors' own files, served self-hosted from test/cms/node_modules (a package of its own,
 * installed by `npm test` when missing: see test/cms/package.json).
 */
export const EDITORS = '/test/cms/node_modules';

const NOT_INSTALLED = 'install the editors with `npm ci --prefix test/cms` (npm test does it when they are missing)';

/** Loads one of the editors' classic scripts (TinyMCE, Quill) into the test page. */
export function classicScript(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${EDITORS}/${path}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${path}: ${NOT_INSTALLED}`));
    document.head.append(script);
  });
}

/** Imports one of the editors' ES module builds (CKEditor 5). */
export async function moduleBuild<T>(path: string): Promise<T> {
  try {
    return (await import(`${EDITORS}/${path}`)) as T;
  } catch (error) {
    throw new Error(`could not import ${path}: ${NOT_INSTALLED} (${error})`);
  }
}

/** Loads an editor's stylesheet, so its editing area lays out as in a CMS. */
export function stylesheet(path: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${EDITORS}/${path}`;
  document.head.append(link);
}
