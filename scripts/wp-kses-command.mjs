/**
 * A web-test-runner command, `wp-kses`: runs WordPress's own sanitizer (test/cms/wp-kses.php,
 * with PHP and WordPress's files from test/cms/install-wordpress.sh) on the content the block
 * editor saved, as WordPress does on saving for every user without `unfiltered_html`.
 * Where PHP or WordPress's files are missing it answers `{ skipped: reason }` so the test can say
 * why it skips, except in CI (CI=true), where .ci/run installs both and their absence fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CMS = fileURLToPath(new URL('../test/cms/', import.meta.url));

function missing() {
  if (spawnSync('php', ['--version']).status !== 0) return 'PHP is not installed';
  if (!existsSync(`${CMS}wordpress/wp-includes/kses.php`)) return "WordPress's files are not in test/cms/wordpress/";
  return undefined;
}

export function wpKsesCommand() {
  return {
    name: 'wp-kses',
    executeCommand({ command, payload }) {
      if (command !== 'wp-kses') return undefined;
      const reason = missing();
      if (reason) {
        const message = `${reason}: run test/cms/install-wordpress.sh (as root) to test WordPress's sanitizer`;
        if (process.env.CI === 'true') throw new Error(message);
        return { skipped: message };
      }
      const php = spawnSync('php', [`${CMS}wp-kses.php`, `${CMS}wordpress`], { input: payload.html, encoding: 'utf8' });
      if (php.status !== 0) throw new Error(`wp-kses.php failed: ${php.stderr}`);
      return { html: php.stdout };
    },
  };
}
