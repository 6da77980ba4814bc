import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, extraConnectSources } from './src/config/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// A build label (e.g. a commit) distinguishes two deployments of the same version.
const label = process.env.BOXPILOT_BUILD_LABEL;
const appVersion = label ? `${pkg.version}+${label}` : pkg.version;

// The CSP goes into the built index.html as a <meta> so it travels to any static host.
// Dev mode is left without it: Vite's dev server injects inline styles for hot reload.
function cspMeta(): Plugin {
  return {
    name: 'boxpilot-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          // A relay on another host must be named at build time (README, deployment).
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(extraConnectSources(process.env.BOXPILOT_CONNECT_SRC)) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  // Relative base: the same build works at a domain's root or under any sub-path.
  base: './',
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: [
    svelte(),
    cspMeta(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Boxpilot',
        short_name: 'Boxpilot',
        description: 'Scan laptop boxes and register them for Windows Autopilot.',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f6f7f9',
        theme_color: '#1f4fd1',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can ever load is precached, lazy chunks and decoder wasm included,
        // so a feature first used offline still works.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,wasm,json}'],
        globIgnores: ['**/.vite/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A path in scope that is no file is sent to the app's root first (public/sw-in-scope.js).
        importScripts: ['sw-in-scope.js'],
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so a lazy chunk first needed
        // after the network drops still comes from the cache. Updates still wait for the user
        // (no skipWaiting: the prompt's "Update now" sends it).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    rollupOptions: {
      // The core is pure (no module does anything when imported), so a chunk that imports its
      // index gets only the rules it uses: the first screen then carries no validators.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) },
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  server: { port: 4173, strictPort: true, host: 'localhost' },
});
