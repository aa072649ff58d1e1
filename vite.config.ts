// Vite builds the renderer (renderer/ → dist/renderer) with relative asset paths, so the same
// bundle loads from Electron's app:// protocol and from the browser harness.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
