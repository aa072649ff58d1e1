// Builds the `s117` command ahead of time (npm runs it as `prepare` after install): the TypeScript
// under electron/cli/ bundled by esbuild into ES modules in dist/cli/, which the launcher
// packages/s117-cli/s117.js loads. Each command is its own chunk, loaded when it runs. The usage
// text is also built alone into dist/cli/usage.mjs, which `s117 --help` reads and nothing else
// (the build fails if usage.ts ever imports something). Packages stay
// external (loaded from node_modules: better-sqlite3's native binding, pdfjs's assets, the OCR
// model). The PDF reader thread is built beside the chunks, where pdf-text-pool.ts looks for it.
// `--quiet` prints nothing on success.
import { rmSync } from 'node:fs';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // An install without devDependencies (npm ci --omit=dev) has no esbuild: say so, do not fail it.
  console.warn('s117: esbuild is not installed, so the CLI was not built (dist/cli/); `npx s117` needs it.');
  process.exit(0);
}

const OUT_DIR = 'dist/cli';
// Emptied first: chunk names carry a hash, and old chunks would pile up.
rmSync(OUT_DIR, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
};

await esbuild.build({
  ...common,
  entryPoints: { s117: 'electron/cli/run.ts' },
  outdir: OUT_DIR,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: '[name]-[hash]',
});
const usage = await esbuild.build({
  ...common,
  entryPoints: ['electron/cli/usage.ts'],
  outfile: `${OUT_DIR}/usage.mjs`,
  metafile: true,
});
const usageInputs = Object.keys(usage.metafile.inputs);
if (usageInputs.length !== 1) {
  console.error(
    `s117: electron/cli/usage.ts must import nothing (it is --help's fast path), but it reads ${usageInputs.join(', ')}`,
  );
  process.exit(1);
}
await esbuild.build({
  ...common,
  entryPoints: ['electron/evidence/extract/pdf-text-worker.mjs'],
  outfile: `${OUT_DIR}/pdf-text-worker.mjs`,
});
if (!process.argv.includes('--quiet')) console.log(`Built the s117 command in ${OUT_DIR}/`);
