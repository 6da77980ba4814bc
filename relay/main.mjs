#!/usr/bin/env node
// @ts-check
// Runs the relay from environment variables (see README.md): node relay/main.mjs
import { readFileSync } from 'node:fs';
import { DEFAULT_TARGET, startRelay } from './relay.mjs';

const env = process.env;
const origins = (env.RELAY_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
if (origins.length === 0) {
  console.error('Set RELAY_ALLOWED_ORIGINS to the origin of your Boxpilot app, e.g. https://boxpilot.example.com');
  process.exit(1);
}
const tls = env.RELAY_TLS_KEY && env.RELAY_TLS_CERT ? { key: readFileSync(env.RELAY_TLS_KEY), cert: readFileSync(env.RELAY_TLS_CERT) } : undefined;

const relay = await startRelay({
  allowedOrigins: origins,
  target: env.RELAY_TARGET ?? DEFAULT_TARGET,
  basePath: env.RELAY_BASE_PATH ?? '',
  maxBodyBytes: env.RELAY_MAX_BODY_BYTES ? Number(env.RELAY_MAX_BODY_BYTES) : undefined,
  // IIS (iisnode) and Azure App Service hand the port over in PORT.
  port: Number(env.RELAY_PORT ?? env.PORT ?? 8787),
  host: env.RELAY_HOST ?? '127.0.0.1',
  ...(tls ? { tls } : {}),
});
console.log(`Boxpilot relay on ${relay.url}, for ${origins.join(', ')}, to ${env.RELAY_TARGET ?? DEFAULT_TARGET}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void relay.close().then(() => process.exit(0)));
