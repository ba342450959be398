/**
 * Running raw.mjs synchronously: a worker thread does the promise-based work while this thread
 * blocks on Atomics.wait. This keeps `readSourceFile` synchronous, so every caller (pipeline,
 * ingest, extract) reads PDF and Word files without changing.
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { PdfPage } from './raw.mjs';

const RAW = new URL('./raw.mjs', import.meta.url);
/** a 100-page gazette takes ~2 s; a stuck worker must not hang ingest forever */
const TIMEOUT_MS = 120_000;

function runRaw(kind: 'pdf' | 'docx', data: Uint8Array): unknown {
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  // a copy, so the caller's buffer is never detached
  const copy = new Uint8Array(data);
  const worker = new Worker(RAW, {
    workerData: { rawJob: true, kind, data: copy, port: port2, signal },
    transferList: [port2, copy.buffer],
    execArgv: [],
  });
  try {
    const state = Atomics.wait(flag, 0, 0, TIMEOUT_MS);
    // the worker (raw.mjs) posts exactly this shape
    const msg = receiveMessageOnPort(port1)?.message as { ok: boolean; value?: unknown; message?: string } | undefined;
    if (!msg)
      throw new Error(
        state === 'timed-out'
          ? `reading the ${kind} took longer than ${TIMEOUT_MS / 1000} s`
          : `the ${kind} reader stopped without an answer`,
      );
    if (!msg.ok) throw new Error(msg.message ?? `the ${kind} reader failed`);
    return msg.value;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

// the worker's value is what raw.mjs's job of that kind returns (a .mjs file: no types cross the thread)
export const pdfPagesSync = (data: Uint8Array): PdfPage[] => runRaw('pdf', data) as PdfPage[];
// safe as the one above: raw.mjs's docx job returns mammoth's HTML string
export const docxHtmlSync = (data: Uint8Array): string => runRaw('docx', data) as string;
