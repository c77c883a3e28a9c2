/**
 * What the build pass does to the world, handed to it explicitly (as Observable Framework's `build(options, effects)`):
 * the pass computes files and says where they go; the effects write them (to disk on a second thread, or into memory
 * for tests) and record which page each file belongs to, for the build manifest.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { FileSink, type Assembled } from '../export/file-sink.ts';
import type { PageView } from '../site/page-view.ts';
import { viewFile, viewText, writeAstroInput, type AstroInput } from '../site/view-store.ts';

export type FileBody = string | Uint8Array;

export interface BuildEffects {
  /**
   * Write a file (path relative to the output folder). `page`: the page whose charts it belongs to (the manifest lists
   * it under that page); none: a file shared by the build.
   */
  write(rel: string, body: FileBody, page?: string): void;
  /**
   * `rel` has the same bytes as `from`, a file this build wrote before: written as a second name of it (a hard link
   * on disk), recorded under `page` as `write` records.
   */
  link(rel: string, from: string, page?: string): void;
  /** Leave a page's view for Astro (site/page-view.ts): Astro's thread reads it as soon as it is stored. */
  view(view: PageView): void;
  /** Every file and view handed over so far is written. */
  settled(): Promise<void>;
  /** Leave for Astro, before it starts, what it reads besides the views (site/view-store.ts AstroInput). */
  forAstro(input: AstroInput): void;
  /**
   * A shared file made of `head` and each part (files of this build, or kept) without its first line, once every
   * file written so far is there; resolves with its size and SHA-256 (the whole dataset, export/writer.ts).
   */
  assemble(rel: string, head: string, parts: readonly string[]): Promise<Assembled>;
  /** A page kept from the previous build: its files stay as they are, recorded under it again. */
  keep(page: string, files: readonly string[]): void;
  /**
   * Which of these files the previous build's folder lacks (a kept page's files must all be there). Asked once, early:
   * on disk the lookups run on the writer's thread while the pass computes the pages' keys.
   */
  absent(rels: readonly string[]): Promise<Set<string>>;
  log(line: string): void;
  /** Every file written; rejects with the first failure. */
  close(): Promise<void>;
  /** Files recorded per page, and the shared ones: what the manifest lists. */
  readonly record: FileRecord;
}

export interface FileRecord {
  pages: Map<string, Set<string>>;
  shared: Set<string>;
}

/** Records files per page. */
abstract class Recorder implements BuildEffects {
  readonly record: FileRecord = { pages: new Map(), shared: new Set() };

  protected abstract put(rel: string, body: FileBody): void;
  protected abstract alias(rel: string, from: string): void;
  abstract view(view: PageView): void;
  abstract settled(): Promise<void>;
  abstract forAstro(input: AstroInput): void;
  abstract absent(rels: readonly string[]): Promise<Set<string>>;
  abstract log(line: string): void;
  protected abstract finish(): Promise<void>;

  private note(rel: string, page?: string) {
    if (page === undefined) {
      this.record.shared.add(rel);
      return;
    }
    let set = this.record.pages.get(page);
    if (!set) this.record.pages.set(page, (set = new Set()));
    set.add(rel);
  }

  write(rel: string, body: FileBody, page?: string): void {
    this.note(rel, page);
    this.put(rel, body);
  }

  link(rel: string, from: string, page?: string): void {
    this.note(rel, page);
    this.alias(rel, from);
  }

  keep(page: string, files: readonly string[]): void {
    for (const f of files) this.note(f, page);
  }

  assemble(rel: string, head: string, parts: readonly string[]): Promise<Assembled> {
    this.note(rel);
    return this.join(rel, head, parts);
  }
  protected abstract join(rel: string, head: string, parts: readonly string[]): Promise<Assembled>;

  close(): Promise<void> {
    return this.finish();
  }
}

/**
 * Files written into `outDir` on a second thread (export/file-sink.ts), while the caller goes on. `keptDir`: where the
 * previous build's files are (an incremental build writes into a staging folder, its kept files stay in the output
 * folder, export/staging.ts).
 */
export class DiskEffects extends Recorder {
  private readonly sink = new FileSink();
  readonly outDir: string;
  readonly keptDir: string;
  /** Where page views go (site/view-store.ts); none: Astro builds each page's view itself. */
  readonly viewsDir: string | undefined;
  private readonly logLine: (line: string) => void;
  constructor(outDir: string, log: (line: string) => void = () => {}, keptDir = outDir, viewsDir?: string) {
    super();
    this.outDir = outDir;
    this.keptDir = keptDir;
    this.viewsDir = viewsDir;
    this.logLine = log;
  }
  protected put(rel: string, body: FileBody): void {
    this.sink.write(join(this.outDir, rel), body);
  }
  protected alias(rel: string, from: string): void {
    this.sink.link(join(this.outDir, rel), join(this.outDir, from));
  }
  protected join(rel: string, head: string, parts: readonly string[]): Promise<Assembled> {
    const at = (p: string) => (this.keptDir === this.outDir ? [join(this.outDir, p)] : [join(this.outDir, p), join(this.keptDir, p)]);
    return this.sink.concat(join(this.outDir, rel), head, parts.map(at));
  }
  // Serialised here, written on the sink's thread with the export files, at once: Astro's thread waits for it.
  view(view: PageView): void {
    if (this.viewsDir) this.sink.write(viewFile(this.viewsDir, view.href), viewText(view), true);
  }
  settled(): Promise<void> {
    return this.sink.flushed();
  }
  forAstro(input: AstroInput): void {
    if (this.viewsDir) writeAstroInput(this.viewsDir, input);
  }
  async absent(rels: readonly string[]): Promise<Set<string>> {
    return new Set(await this.sink.absent(this.keptDir, rels));
  }
  log(line: string): void {
    this.logLine(line);
  }
  protected finish(): Promise<void> {
    return this.sink.close();
  }
}

export const diskEffects = (outDir: string, log?: (line: string) => void, keptDir?: string, viewsDir?: string) => new DiskEffects(outDir, log, keptDir, viewsDir);

/**
 * Files kept in a map (tests): `files` is what a disk build would have written, `present` what was there before (the
 * previous build's files: the dataset is assembled from them where this build kept a unit's CSV).
 */
export class MemoryEffects extends Recorder {
  readonly files = new Map<string, FileBody>();
  readonly lines: string[] = [];
  /** Page views by path. */
  readonly views = new Map<string, PageView>();
  /** Files of the previous build, by name (`absent` looks here and among this build's files). */
  readonly present: ReadonlyMap<string, FileBody>;
  constructor(present: ReadonlyMap<string, FileBody> = new Map()) {
    super();
    this.present = present;
  }
  protected put(rel: string, body: FileBody): void {
    this.files.set(rel, body);
  }
  /** Files written as a second name of another (`link`): name → the file it names again. */
  readonly links = new Map<string, string>();
  protected alias(rel: string, from: string): void {
    const body = this.files.get(from);
    if (body === undefined) throw new Error(`link ${rel}: ${from} was not written before`);
    this.files.set(rel, body);
    this.links.set(rel, from);
  }
  view(view: PageView): void {
    this.views.set(view.href, view);
  }
  settled(): Promise<void> {
    return Promise.resolve();
  }
  /** Keyed outputs' keys, the share cards and the contract's version, as the pass left them for Astro. */
  keys = new Map<string, string>();
  input: AstroInput | undefined;
  forAstro(input: AstroInput): void {
    this.keys = new Map(Object.entries(input.keys));
    this.input = input;
  }
  protected join(rel: string, head: string, parts: readonly string[]): Promise<Assembled> {
    const bufs = [Buffer.from(head, 'utf8')];
    for (const p of parts) {
      const body = this.files.get(p) ?? this.present.get(p);
      if (body === undefined) return Promise.reject(new Error(`missing ${p}`));
      const b = Buffer.from(body);
      bufs.push(b.subarray(b.indexOf(0x0a) + 1));
    }
    const all = Buffer.concat(bufs);
    this.files.set(rel, all);
    return Promise.resolve({ bytes: all.length, sha256: createHash('sha256').update(all).digest('hex') });
  }
  absent(rels: readonly string[]): Promise<Set<string>> {
    return Promise.resolve(new Set(rels.filter((rel) => !this.files.has(rel) && !this.present.has(rel))));
  }
  log(line: string): void {
    this.lines.push(line);
  }
  protected finish(): Promise<void> {
    return Promise.resolve();
  }
}

export const memoryEffects = (present?: ReadonlyMap<string, FileBody>) => new MemoryEffects(present);
