// Reads a PDF's text layers on worker threads (pdf-text-worker.mjs). The pages are dealt out in
// turn (page n to part (n - 1) mod k), so each worker gets a like share of the document wherever
// its heavy pages are. Workers start on first use and are kept for the next document, then stop
// after a spell idle (their memory goes with them). Cancelling stops the document's workers.
// If a worker cannot be started (a packaging fault, say) the caller is told, and reads in-thread.
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { RawPageText } from './pdfjs-node.mjs';
import { ImportCancelledError } from './types';

export type { RawPageText };

/** One page's raw text, or why it could not be read. */
export type RawPage = { page: number } & RawPageText;

export type TextLayerResult = { ok: true; pageCount: number } | { ok: false; reason: 'password' | 'corrupt' };

export interface ReadTextLayersOptions {
  signal?: AbortSignal;
  /**
   * Pages as they are read, a few at a time and in no set order. Every page comes at least once; a
   * page that comes again (read afresh after a fallback) replaces the first. May throw to stop.
   */
  onPages(pages: readonly RawPage[], progress: { done: number; total: number }): void;
}

/** The workers could not run here, or one stopped: read the PDF in this thread instead. */
export class PdfWorkersUnavailableError extends Error {}

/** The worker beside this module (in the Electron build, beside the bundle, outside the asar archive). */
const DEFAULT_WORKER_URL = new URL(
  new URL('./pdf-text-worker.mjs', import.meta.url).href.replace('/app.asar/', '/app.asar.unpacked/'),
);
/** At most this many workers read one document (more cores help little against each one's opening). */
const MAX_PARTS = 4;
/** A PDF smaller than this is read by one worker: opening it twice would cost more than it saves. */
export const SPLIT_FROM_BYTES = 64 * 1024;
/** A worker idle this long stops. */
const IDLE_MS = 60_000;

type WorkerMessage =
  | { task: number; type: 'opened'; pageCount: number }
  | { task: number; type: 'pages'; pages: Array<{ page: number; text?: string; error?: 'page' | 'text' }> }
  | { task: number; type: 'done' }
  | { task: number; type: 'failed'; reason: 'password' | 'corrupt' }
  | { task: number; type: 'crashed'; message: string };

/** What a worker's events go to while it has a task. */
interface TaskEvents {
  message(m: WorkerMessage): void;
  /** The worker failed or stopped; `started` says whether it had ever said anything. */
  lost(error: Error, started: boolean): void;
}

interface Slot {
  worker: Worker;
  idleTimer: NodeJS.Timeout | null;
  task: TaskEvents | null;
  started: boolean;
}

export interface PdfTextPool {
  /** The text layer of every page, read by the workers. Throws PdfWorkersUnavailableError if they cannot run. */
  read(path: string, options?: ReadTextLayersOptions): Promise<TextLayerResult>;
  /** Stops the idle workers now (closing a workspace, or at the end of a test). */
  stop(): Promise<void>;
}

export interface PdfTextPoolOptions {
  workerUrl?: URL;
  idleMs?: number;
  /** Parts a large document is split into (default: one per core, at most 4). */
  parts?: number;
}

export function createPdfTextPool(poolOptions: PdfTextPoolOptions = {}): PdfTextPool {
  const workerUrl = poolOptions.workerUrl ?? DEFAULT_WORKER_URL;
  const idleMs = poolOptions.idleMs ?? IDLE_MS;
  const maxParts = poolOptions.parts ?? Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
  const idle: Slot[] = [];
  let nextTask = 1;
  /** Set when a worker could not start at all: no use trying again with this pool. */
  let unavailable: string | null = null;

  function spawn(): Slot {
    const worker = new Worker(workerUrl);
    const slot: Slot = { worker, idleTimer: null, task: null, started: false };
    worker.on('message', (m: WorkerMessage) => {
      slot.started = true;
      slot.task?.message(m);
    });
    // Listened to for the worker's whole life: an error with no listener would end the process.
    worker.on('error', (err) => slot.task?.lost(err, slot.started));
    worker.on('exit', (code) => {
      const at = idle.indexOf(slot);
      if (at >= 0) idle.splice(at, 1);
      slot.task?.lost(new Error(`the PDF reader thread stopped (exit code ${code})`), slot.started);
    });
    return slot;
  }

  function acquire(): Slot {
    const slot = idle.pop() ?? spawn();
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.worker.ref();
    return slot;
  }

  function release(slot: Slot): void {
    slot.task = null;
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void slot.worker.terminate(), idleMs);
    slot.idleTimer.unref();
    idle.push(slot);
  }

  function discard(slot: Slot): void {
    slot.task = null;
    void slot.worker.terminate();
  }

  async function stop(): Promise<void> {
    const slots = idle.splice(0);
    await Promise.all(
      slots.map((s) => {
        if (s.idleTimer) clearTimeout(s.idleTimer);
        return s.worker.terminate();
      }),
    );
  }

  /** How many parts a document is read in: one per core (up to MAX_PARTS), one for a small file. */
  async function partsFor(path: string): Promise<number> {
    const { size } = await stat(path);
    return size < SPLIT_FROM_BYTES ? 1 : maxParts;
  }

  async function read(path: string, options: ReadTextLayersOptions): Promise<TextLayerResult> {
    if (unavailable) throw new PdfWorkersUnavailableError(unavailable);
    const parts = await partsFor(path);
    let pageCount = 0;
    /** Which pages have come (one byte a page), so any a worker never sent are reported too. */
    let seen = new Uint8Array(0);
    let received = 0;
    let failure: 'password' | 'corrupt' | null = null;
    /** The parts under way, each with a way to end it early. */
    const running = new Set<(error: Error) => void>();

    const deliver = (pages: RawPage[]) => {
      for (const p of pages) {
        if (!seen[p.page - 1]) received++;
        seen[p.page - 1] = 1;
      }
      options.onPages(pages, { done: received, total: pageCount });
    };

    const runPart = (part: number) =>
      new Promise<void>((resolve, reject) => {
        const slot = acquire();
        const task = nextTask++;
        const settle = (error?: Error) => {
          if (!running.delete(settle)) return;
          if (error) {
            discard(slot);
            reject(error);
          } else {
            release(slot);
            resolve();
          }
        };
        running.add(settle);
        slot.task = {
          lost(error, started) {
            if (!started) unavailable = `the PDF reader thread could not start: ${error.message}`;
            settle(new PdfWorkersUnavailableError(error.message));
          },
          message(m) {
            if (m.task !== task) return;
            switch (m.type) {
              case 'opened':
                if (seen.length !== m.pageCount) seen = new Uint8Array(m.pageCount);
                pageCount = m.pageCount;
                return;
              case 'pages':
                try {
                  deliver(
                    m.pages.map((p) =>
                      p.error ? { page: p.page, error: p.error } : { page: p.page, text: p.text ?? '' },
                    ),
                  );
                } catch (err) {
                  settle(err as Error);
                }
                return;
              case 'done':
                return settle();
              case 'failed':
                failure = m.reason;
                return settle();
              case 'crashed':
                return settle(new PdfWorkersUnavailableError(m.message));
            }
          },
        };
        slot.worker.postMessage({ task, path, part, parts });
      });

    const stopAll = (error: Error) => [...running].forEach((end) => end(error));
    const onAbort = () => stopAll(new ImportCancelledError());
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (options.signal?.aborted) throw new ImportCancelledError();
      await Promise.all(Array.from({ length: parts }, (_, part) => runPart(part)));
    } catch (err) {
      stopAll(err as Error);
      if (options.signal?.aborted) throw new ImportCancelledError();
      throw err;
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
    if (options.signal?.aborted) throw new ImportCancelledError();
    if (failure) return { ok: false, reason: failure };
    const missing: RawPage[] = [];
    seen.forEach((came, i) => {
      if (!came) missing.push({ page: i + 1, error: 'page' });
    });
    if (missing.length) deliver(missing);
    return { ok: true, pageCount };
  }

  return { read, stop };
}

/** The process's pool, used by the importer. */
export const pdfTextPool = createPdfTextPool();
