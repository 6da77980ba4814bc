// Runs one benchmark module in this (fresh) process and writes its rows as JSON.
// Each module gets its own process so one benchmark's heap cannot skew another's memory figures.
import { runnerImport } from 'vite';
import { writeFileSync } from 'node:fs';

const [file, out] = process.argv.slice(2);
const { module } = await runnerImport(file, { configFile: false, logLevel: 'error' });
const rows = await module.default();
writeFileSync(out, JSON.stringify(rows));
process.exit(0);
