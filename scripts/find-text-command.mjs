/**
 * A web-test-runner command, `find-text`: opens a page of this project in a new tab with a text
 * fragment (`#:~:text=…`) and returns what the page reports as `window.findReport` (a promise).
 *
 * Why a text fragment: no automation protocol can drive the browser's find-in-page (the find bar),
 * and `window.find()` neither fires `beforematch` nor reveals `hidden="until-found"`. A text
 * fragment is searched by the same text finder as find-in-page, across shadow roots, and reveals
 * hidden-until-found content the same way: `beforematch` first, then the scroll to the match. It
 * needs a navigation the browser starts itself, hence a new tab opened over the DevTools protocol.
 */
export function findTextCommand() {
  return {
    name: 'find-text',
    async executeCommand({ command, payload, session }) {
      if (command !== 'find-text') return undefined;
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.setViewport(payload.viewport ?? { width: 1280, height: 800 });
        await page.goto(new URL(`${payload.path}#:~:text=${encodeURIComponent(payload.text)}`, testPage.url()).href);
        return await page.evaluate(() => window.findReport);
      } finally {
        await page.close();
      }
    },
  };
}
