/**
 * `npm test`: checks the project's lint rules (eslint.config.js), builds the bundles, runs the
 * unit and package tests (vitest) and the browser tests (web-test-runner in the system
 * Chromium), and ends with one plain line, `N passed, N failed`, the totals of both. It fails
 * when the lint or either runner fails, or when either ran no test at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: false }).status;
const npx = (...args) => run('npx', ['--no-install', ...args]);

rmSync('test-results', { recursive: true, force: true });
const linted = npx('eslint', '.');
const built = run('npm', ['run', '--silent', 'build']);

// The CMS editors the browser tests drive (test/browser/cms/) are a package of their own: 0.7 GB
// that nothing else needs, kept out of every developer's `npm ci`. Installed here when missing,
// or older than its lockfile.
const cmsLock = 'test/cms/package-lock.json';
const cmsInstalled = 'test/cms/node_modules/.package-lock.json';
const cmsCurrent = existsSync(cmsInstalled) && statSync(cmsInstalled).mtimeMs >= statSync(cmsLock).mtimeMs;
const editorsInstalled = cmsCurrent ? 0 : run('npm', ['ci', '--prefix', 'test/cms', '--no-audit', '--no-fund', '--loglevel=error']);

const unitStatus = npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json');
const browserStatus = npx('web-test-runner');

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const unit = read('test-results/unit.json');
const browser = read('test-results/browser.json');
const unitCounts = {
  passed: unit?.numPassedTests ?? 0,
  failed: (unit?.numFailedTests ?? 0) + (unit?.numFailedTestSuites ?? 0),
};
const browserCounts = {
  passed: browser?.passed ?? 0,
  failed: (browser?.failed ?? 0) + (browser?.sessionErrors ?? 0),
};
const problems = [];
if (linted !== 0) problems.push('the lint rules failed (npm run lint)');
if (built !== 0) problems.push('the build failed');
if (editorsInstalled !== 0) problems.push('installing the CMS editors (test/cms) failed');
if (unitStatus !== 0) problems.push('vitest failed');
if (browserStatus !== 0) problems.push('web-test-runner failed');
if (unitCounts.passed + unitCounts.failed === 0) problems.push('vitest ran no test');
if (browserCounts.passed + browserCounts.failed === 0) problems.push('web-test-runner ran no test');

console.log(`\nunit: ${unitCounts.passed} passed, ${unitCounts.failed} failed; browser: ${browserCounts.passed} passed, ${browserCounts.failed} failed`);
if (problems.length > 0) console.log(`FAILED: ${problems.join('; ')}`);
const failed = unitCounts.failed + browserCounts.failed + (problems.length > 0 && unitCounts.failed + browserCounts.failed === 0 ? 1 : 0);
console.log(`${unitCounts.passed + browserCounts.passed} passed, ${failed} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
