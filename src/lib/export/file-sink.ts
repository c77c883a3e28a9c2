/**
 * Files written on a second thread. A national build writes ≈ 300,000 export files (embed pages, CSVs, SVGs) into
 * ≈ 200,000 folders; on the build machine each file or folder costs 60–90 µs of CPU in the kernel, half a minute in
 * all. The page builder hands each file over and goes on; the writer thread uses the other core.
 *
 * Memory stays bounded: when more than `maxQueued` characters wait, `write` blocks (Atomics.wait) until the thread
 * has caught up. `close()` waits for every file and rethrows the first error.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript, evaluated by the worker: bundlers (Astro) cannot lose a file that does not exist.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const queued = new Int32Array(workerData.shared);
const dirs = new Set();
let error;
const mkdir = (dir) => {
  if (!dirs.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    dirs.add(dir);
  }
};
// One file from a head and the parts' lines after their first (header) line; each part read from the first of its
// paths that exists. Replies with its size and SHA-256. Done a few parts at a time: files queued after it (a rebuild's
// last pages and their views, which Astro waits for) are written in between, and never read by it.
let assembling = 0;
let closing = false;
function concat({ id, target, head, parts }) {
  assembling++;
  let fd;
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let i = 0;
  const append = (buf) => {
    fs.writeSync(fd, buf);
    hash.update(buf);
    bytes += buf.length;
  };
  const read = (paths) => {
    for (const p of paths) {
      try {
        return fs.readFileSync(p);
      } catch (e) {
        if (e.code !== 'ENOENT') throw e;
      }
    }
    throw new Error('missing ' + paths[0]);
  };
  const end = (reply) => {
    if (fd !== undefined) fs.closeSync(fd);
    parentPort.postMessage(reply);
    if (--assembling === 0 && closing) parentPort.postMessage({ done: true, error });
  };
  const step = () => {
    try {
      if (error) throw new Error(error);
      if (fd === undefined) {
        mkdir(path.dirname(target));
        fd = fs.openSync(target, 'w');
        append(Buffer.from(head, 'utf8'));
      }
      for (const stop = Math.min(i + 64, parts.length); i < stop; i++) {
        const text = read(parts[i]);
        append(text.subarray(text.indexOf(0x0a) + 1));
      }
      if (i < parts.length) return void setImmediate(step);
      end({ concat: id, result: { bytes, sha256: hash.digest('hex') } });
    } catch (e) {
      end({ concat: id, error: String(e && e.stack || e) });
    }
  };
  step();
}
// A second name for a file written before it: the same bytes, not written twice. Never written through (a file
// is replaced, not rewritten in place), so the names cannot drift apart. Copied where links are not supported.
function link(from, file) {
  try {
    fs.linkSync(from, file);
  } catch (e) {
    if (e.code !== 'EEXIST') return fs.copyFileSync(from, file);
    fs.unlinkSync(file);
    fs.linkSync(from, file);
  }
}
parentPort.on('message', (msg) => {
  if (msg === 'close') {
    closing = true;
    if (assembling === 0) parentPort.postMessage({ done: true, error });
    return;
  }
  if (msg.flush) {
    parentPort.postMessage({ concat: msg.id, error });
    return;
  }
  if (msg.absent) {
    const { dir, files } = msg.absent;
    parentPort.postMessage({ concat: msg.id, result: files.filter((f) => !fs.existsSync(path.join(dir, f))) });
    return;
  }
  if (!Array.isArray(msg)) {
    concat(msg);
    return;
  }
  let size = 0;
  for (const [file, body, mode] of msg) {
    size += body.length;
    if (error) continue;
    try {
      mkdir(path.dirname(file));
      // A file another thread may be reading: written aside, then renamed into place.
      if (mode === 'aside') {
        fs.writeFileSync(file + '.part', body);
        fs.renameSync(file + '.part', file);
      } else if (mode === 'link') link(body, file);
      else fs.writeFileSync(file, body);
    } catch (e) {
      error = String(e && e.stack || e);
    }
  }
  Atomics.sub(queued, 0, size);
  Atomics.notify(queued, 0);
});
`;

/** Size and SHA-256 of a file the thread assembled (`concat`). */
export interface Assembled {
  bytes: number;
  sha256: string;
}

type Reply = { done: true; error?: string } | { concat: number; result?: unknown; error?: string };

export class FileSink {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (a: unknown) => void; reject: (e: Error) => void }>();
  private closing: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private nextId = 0;
  private readonly queued: Int32Array;
  private batch: ([string, string | Uint8Array] | [string, string | Uint8Array, 'aside'] | [string, string, 'link'])[] = [];
  private batchSize = 0;
  private readonly maxQueued: number;
  private closed = false;

  constructor(maxQueued = 32 * 1024 * 1024) {
    const shared = new SharedArrayBuffer(4);
    this.queued = new Int32Array(shared);
    this.maxQueued = maxQueued;
    // A small heap: the thread holds at most `maxQueued` characters of bodies, and a bounded heap is collected before
    // it grows (the build's RSS budget is shared with Astro's thread).
    this.worker = new Worker(WORKER, { eval: true, workerData: { shared }, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 } });
    this.worker.unref();
    this.worker.on('message', (m: Reply) => this.reply(m));
    this.worker.once('error', (e) => {
      for (const w of this.waiting.values()) w.reject(e);
      this.closing?.reject(e);
    });
  }

  private reply(m: Reply): void {
    if ('done' in m) {
      void this.worker.terminate();
      if (m.error) this.closing?.reject(new Error(`export files: ${m.error}`));
      else this.closing?.resolve();
      return;
    }
    const w = this.waiting.get(m.concat)!;
    this.waiting.delete(m.concat);
    if (this.waiting.size === 0 && !this.closing) this.worker.unref();
    if (m.error) w.reject(new Error(`export files: ${m.error}`));
    else w.resolve(m.result!);
  }

  /**
   * Once every file queued so far is written: `target` = `head` + each part without its first line, each part read
   * from the first of its paths that exists. On the thread, so the caller goes on (Astro renders meanwhile).
   */
  concat(target: string, head: string, parts: string[][]): Promise<Assembled> {
    return this.ask({ target, head, parts });
  }

  /**
   * Which of `files` (relative to `dir`) do not exist, checked on the thread: a quarter of a million file lookups
   * (a rebuild's kept files) take the other core while the caller computes.
   */
  absent(dir: string, files: readonly string[]): Promise<string[]> {
    return this.ask({ absent: { dir, files } });
  }

  /**
   * Once every file queued so far is written (rejects with the first write error so far). An assembly under way
   * (`concat`) goes on: its own promise tells when it is done, and `close` waits for it.
   */
  flushed(): Promise<void> {
    return this.ask({ flush: true }).then(() => {});
  }

  // A request answered after every file queued before it: the queue is posted first, the thread works in order.
  private ask<T>(msg: object): Promise<T> {
    if (this.closed) throw new Error('file sink closed');
    this.post();
    const id = this.nextId++;
    this.worker.ref();
    const done = new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (a: unknown) => void, reject }));
    this.worker.postMessage({ id, ...msg });
    return done;
  }

  /**
   * Queue a file (absolute path). Folders are made as needed. `now`: a file another thread waits for (a page's view):
   * handed over at once and never seen half-written.
   */
  write(file: string, body: string | Uint8Array, now = false): void {
    if (this.closed) throw new Error('file sink closed');
    this.batch.push(now ? [file, body, 'aside'] : [file, body]);
    this.batchSize += body.length;
    if (now || this.batch.length >= 256 || this.batchSize >= 1 << 20) this.post();
  }

  /** Queue `file` (absolute) as a second name of `from`, a file queued before it: its bytes are not written again. */
  link(file: string, from: string): void {
    if (this.closed) throw new Error('file sink closed');
    this.batch.push([file, from, 'link']);
    this.batchSize += from.length;
  }

  private post(): void {
    if (this.batch.length === 0) return;
    // Back-pressure: wait while the thread is more than maxQueued characters behind.
    for (let q = Atomics.load(this.queued, 0); q > this.maxQueued; q = Atomics.load(this.queued, 0)) Atomics.wait(this.queued, 0, q, 50);
    Atomics.add(this.queued, 0, this.batchSize);
    this.worker.postMessage(this.batch);
    this.batch = [];
    this.batchSize = 0;
  }

  /** Every queued file written; rejects with the first write error. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.post();
    this.closed = true;
    return new Promise((resolve, reject) => {
      this.closing = { resolve, reject };
      this.worker.ref();
      this.worker.postMessage('close');
    });
  }
}
