// pdf.js for the viewer, with its worker bundled by Vite (the CSP allows workers from 'self').
// Loaded on demand, so the app starts without it.
import * as pdfjsLib from 'pdfjs-dist';
import { evidenceFileUrlFor } from './evidence-url';

pdfjsLib.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

export { pdfjsLib };

/** The stored original's address, resolved against the page (app:// in Electron, http in the harness). */
export const evidenceFileUrl = (sha256: string) => new URL(evidenceFileUrlFor(sha256), document.baseURI).toString();
