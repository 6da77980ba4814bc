// Offline dependency review. `npm audit` cannot run here (the registry this project uses has no
// advisory endpoint), so a person reviews what changed instead: this lists every package that
// package-lock.json adds, removes or changes since a given commit, with versions, and flags what
// deserves a closer look (install scripts, a download from another host, a missing checksum).
//
//   npm run deps:review               since the previous commit that touched package-lock.json
//   npm run deps:review -- <commit>   since that commit (a tag, a hash, origin/main …)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

function since() {
  const given = process.argv[2];
  if (given) return given;
  const commits = git('log', '--format=%H', '-n', '2', '--', LOCK).trim().split('\n').filter(Boolean);
  // With local changes, compare with the last commit; else with the one before it.
  const dirty = git('status', '--porcelain', '--', LOCK).trim() !== '';
  return dirty ? commits[0] : commits[1];
}

/** name@path -> { version, resolved, integrity, hasInstallScript, dev } from a v2/v3 lockfile. */
function packagesOf(text) {
  const lock = JSON.parse(text);
  const out = new Map();
  for (const [path, p] of Object.entries(lock.packages ?? {})) {
    if (path === '') continue;
    const name = p.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.set(path, { name, version: p.version, resolved: p.resolved, integrity: p.integrity, hasInstallScript: !!p.hasInstallScript, dev: !!p.dev, link: !!p.link });
  }
  return out;
}

function flags(p) {
  const f = [];
  if (p.hasInstallScript) f.push('RUNS AN INSTALL SCRIPT');
  if (p.resolved && !p.link && !p.resolved.startsWith('https://registry.npmjs.org/')) f.push(`from ${new URL(p.resolved).host}`);
  if (!p.integrity && !p.link) f.push('NO CHECKSUM');
  return f.length ? `   <- ${f.join(', ')}` : '';
}

const base = since();
if (!base) {
  console.log(`No earlier commit of ${LOCK} to compare with; pass one: npm run deps:review -- <commit>`);
  process.exit(0);
}
const before = packagesOf(git('show', `${base}:${LOCK}`));
const after = packagesOf(readFileSync(LOCK, 'utf8'));
const added = [];
const removed = [];
const changed = [];
for (const [path, p] of after) {
  const old = before.get(path);
  if (!old) added.push(p);
  else if (old.version !== p.version || old.integrity !== p.integrity) changed.push({ old, p });
}
for (const [path, p] of before) if (!after.has(path)) removed.push(p);

const kind = (p) => (p.dev ? 'dev' : 'app');
const byName = (a, b) => (a.name ?? '').localeCompare(b.name ?? '');
console.log(`${LOCK}: changes since ${base.slice(0, 12)} (${added.length} added, ${changed.length} changed, ${removed.length} removed)\n`);
if (added.length) console.log('Added:');
for (const p of added.sort(byName)) console.log(`  + ${p.name}@${p.version} (${kind(p)})${flags(p)}`);
if (changed.length) console.log('Changed:');
for (const { old, p } of changed.sort((x, y) => byName(x.p, y.p))) {
  const same = old.version === p.version ? '  SAME VERSION, NEW CHECKSUM' : '';
  console.log(`  ~ ${p.name} ${old.version} -> ${p.version} (${kind(p)})${same}${flags(p)}`);
}
if (removed.length) console.log('Removed:');
for (const p of removed.sort(byName)) console.log(`  - ${p.name}@${p.version}`);
const scripts = [...after.values()].filter((p) => p.hasInstallScript).map((p) => `${p.name}@${p.version}`);
console.log(`\nPackages with install scripts in the whole tree: ${scripts.length ? scripts.join(', ') : 'none'}.`);
console.log('Review each added or changed app package (its changelog and repository) before committing the lockfile.');
