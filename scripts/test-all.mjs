// `npm test`: every check the project has, in order, with one closing count.
//   1. type check (svelte-check, zero warnings)   2. unit and component tests (vitest, node)
//   3. production build                            4. end-to-end tests in headless Chromium
// Prints "N passed, N failed" alone on the last line (also written to .tmp/test-summary.txt
// for .ci/run). A failing type check or build counts as one failed check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
const lines = [];

function run(command, args, env = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name, ok) {
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}

/** Counts from vitest's JSON report; a missing report (crash) counts as one failure. */
function vitest(name, configArgs, env = {}) {
  const report = `.tmp/${name}-report.json`;
  const ok = run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  if (!existsSync(report)) {
    step(name, false);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that failed to load (syntax error, missing import) has no failed *test*: count it.
  const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed += brokenFiles;
  lines.push(`${name}: ${json.numPassedTests} passed, ${json.numFailedTests + brokenFiles} failed, ${json.numPendingTests} skipped`);
  if (!ok && json.numFailedTests + brokenFiles === 0) step(`${name} (runner)`, false);
}

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

step('type check', run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']));
vitest('unit', []);
const built = run('npm', ['run', 'build']);
step('build', built);
if (built) {
  vitest('e2e', ['--config', 'vitest.e2e.config.ts'], { BOXPILOT_CHROMIUM: chromium });
} else {
  lines.push('e2e: not run, the build failed');
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('.tmp/test-summary.txt', `${lines.join('\n')}\n${summary}\n`);
console.log(`\n${lines.join('\n')}`);
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
