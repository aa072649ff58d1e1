// Compiles the main process and the preload to CommonJS with esbuild (dist/electron/), leaving
// native and Electron modules external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: [
    'electron',
    'better-sqlite3-multiple-ciphers',
    '@napi-rs/canvas',
    'tesseract.js',
    'pdfjs-dist',
    '@tesseract.js-data/eng',
  ],
  logLevel: 'warning',
  // Modules written as ESM use import.meta.url (to find bundled data such as the OCR model);
  // in the CommonJS bundle it becomes the bundle's own file URL.
  define: { 'import.meta.url': '__bundleFileUrl', 'import.meta.dirname': '__dirname' },
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// The PDF reader thread is its own entry, an ES module beside main.cjs (where the pool looks for it).
await build({
  ...common,
  entryPoints: ['electron/evidence/extract/pdf-text-worker.mjs'],
  outfile: 'dist/electron/pdf-text-worker.mjs',
  format: 'esm',
  define: {},
  banner: {},
});
console.log('Built dist/electron/main.cjs, preload.cjs and pdf-text-worker.mjs');
