// @ts-check
// A worker thread that reads the text layer of a PDF's pages with pdfjs, so that large PDFs are
// read on several cores at once and the main process stays responsive. It is plain JavaScript so
// that it runs unchanged from the source tree (tests, CLI); the Electron build bundles it.
//
// Task in:  { task, path, part, parts }: read pages n with (n - 1) % parts === part.
// Messages out, each with the task number:
//   { type: 'opened', pageCount }      once the document is open
//   { type: 'pages', pages }           a few pages, each { page, text } (raw text; the caller
//                                      tidies it) or { page, error }: 'page' or 'text', that page
//                                      or its text could not be read
//   { type: 'done' }                   all of this part's pages were sent
//   { type: 'failed', reason }         'password' or 'corrupt': the document could not be opened
//   { type: 'crashed', message }       anything else went wrong
import { parentPort } from 'node:worker_threads';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { loadPdfjs, readPageTexts } from './pdfjs-node.mjs';

process.setSourceMapsEnabled(false);
const port = parentPort;
if (!port) throw new Error('pdf-text-worker.mjs runs only as a worker thread');

/**
 * pdfjs inflates each content stream through the web DecompressionStream, which Node builds on
 * its zlib streams at a cost per call that was a tenth of the reading time. In this thread it is
 * replaced by one that inflates in a single call when the input ends: the same bytes out, and the
 * same error (the stream fails) on damaged data, after which pdfjs uses its own decoder.
 */
class WholeInputDecompressionStream {
  /** @param {'deflate' | 'deflate-raw' | 'gzip'} format */
  constructor(format) {
    const inflate = format === 'gzip' ? gunzipSync : format === 'deflate-raw' ? inflateRawSync : inflateSync;
    /** @type {Uint8Array[]} */
    const chunks = [];
    const { readable, writable } = new TransformStream({
      transform(chunk) {
        chunks.push(chunk);
      },
      flush(controller) {
        controller.enqueue(new Uint8Array(inflate(Buffer.concat(chunks))));
      },
    });
    this.readable = readable;
    this.writable = writable;
  }
}
/** @type {any} */ (globalThis).DecompressionStream = WholeInputDecompressionStream;
await loadPdfjs();

/**
 * Pages are sent to the pool a few at a time (a message per page cost more than reading a small
 * page), but at least every PROGRESS_MS, and the first at once, so progress keeps moving.
 */
const PAGES_PER_MESSAGE = 16;
const PROGRESS_MS = 100;

/** @param {{ task: number, path: string, part: number, parts: number }} message */
async function readPart({ task, path, part, parts }) {
  const send = (/** @type {object} */ message) => port.postMessage({ task, ...message });
  /** @type {object[]} */
  let batch = [];
  let sentAt = -Infinity;
  const flush = () => {
    if (batch.length) send({ type: 'pages', pages: batch });
    batch = [];
    sentAt = performance.now();
  };
  const outcome = await readPageTexts(path, {
    first: part + 1,
    step: parts,
    onOpened: (pageCount) => send({ type: 'opened', pageCount }),
    onPage: (page, result) => {
      batch.push({ page, ...result });
      if (batch.length >= PAGES_PER_MESSAGE || performance.now() - sentAt >= PROGRESS_MS) flush();
    },
  });
  flush();
  send(outcome === 'read' ? { type: 'done' } : { type: 'failed', reason: outcome });
}

// The pool sends one task at a time and waits for its end before the next.
port.on('message', (message) => {
  readPart(message).catch((err) => port.postMessage({ task: message.task, type: 'crashed', message: String(err) }));
});
