// Runs one benchmark module in this (fresh) process and writes its rows as JSON.
// Each module gets its own process so one benchmark's heap cannot skew another's memory figures.
// The module is loaded through a Vite server kept open for the whole run (not runnerImport,
// whose runner closes after the import and breaks the code's own lazy import()s).
import { createServer } from 'vite';
import { writeFileSync } from 'node:fs';

const [file, out] = process.argv.slice(2);
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  // Node-side code only: no browser dependency scan of index.html.
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const module = await server.ssrLoadModule(file);
  const rows = await module.default();
  writeFileSync(out, JSON.stringify(rows));
} finally {
  await server.close();
}
process.exit(0);
