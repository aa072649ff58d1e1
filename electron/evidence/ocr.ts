// Optical character recognition with tesseract.js and the English model bundled in
// @tesseract.js-data/eng: nothing is downloaded at run time. One worker is started on first
// use, reused for every page, and terminated on close.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createWorker, OEM, type Worker } from 'tesseract.js';

export interface OcrEngine {
  /** Text of an image (PNG, JPEG or TIFF bytes). */
  recognize(image: Uint8Array): Promise<string>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** The folder holding eng.traineddata.gz as the package ships it (LSTM model, integer weights). */
export function bundledLanguagePath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/** The OCR engine could not start (its model or WebAssembly could not be loaded), as opposed to one image failing. */
export class OcrUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`OCR is not available: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'OcrUnavailableError';
  }
}

export function createOcrEngine(options: { cachePath?: string } = {}): OcrEngine {
  let worker: Promise<Worker> | null = null;
  // tesseract.js runs one job at a time per worker; queue ours so callers can fire freely.
  let queue: Promise<unknown> = Promise.resolve();

  const start = () =>
    createWorker('eng', OEM.LSTM_ONLY, {
      langPath: bundledLanguagePath(),
      gzip: true,
      cachePath: options.cachePath ?? join(tmpdir(), 's117-workbench-tesseract'),
      // Without a handler tesseract.js rethrows a failed job's error outside the promise and
      // takes the process down; with one, the job's promise rejects and we report it.
      errorHandler: () => undefined,
    });

  return {
    recognize(image) {
      const job = queue.then(async () => {
        worker ??= start().catch((err: unknown) => {
          worker = null;
          throw new OcrUnavailableError(err);
        });
        const w = await worker;
        const { data } = await w.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
        return normaliseOcrText(data.text);
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await (await w).terminate();
    },
  };
}

function normaliseOcrText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
