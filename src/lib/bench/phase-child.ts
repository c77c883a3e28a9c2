/**
 * One bench phase in a fresh Node process, as `npm run validate` and `npm run build` run: nothing the generator left in
 * the parent's heap skews the time or the peak memory. The parent (run.ts) forks this file, sends the phase name, the
 * folder and the generated dataset's description over IPC, and gets the measured result back the same way.
 */
import { PHASES, type BuildOutput, type PhaseName, type PhaseResult } from './phases.ts';
import type { GeneratedDataset } from './generate.ts';
import { measure, RssSampler, type Measured } from './measure.ts';

export interface PhaseRequest {
  phase: PhaseName;
  dir: string;
  data: GeneratedDataset;
  png?: boolean;
  keep?: boolean;
  /** Build phase: leave the site for the rebuild phase. */
  forRebuild?: boolean;
  /** Rebuild phase: the build phase's output. */
  previous?: BuildOutput;
}

/** The child's answer: the measurement, with the phase result minus its in-memory `value`. */
export type PhaseReply = { ok: true; measured: Measured<Omit<PhaseResult, 'value'>> } | { ok: false; error: string };

async function run(req: PhaseRequest): Promise<PhaseReply> {
  const phase = PHASES[req.phase];
  if (!phase) return { ok: false, error: `phase "${req.phase}" is not implemented` };
  const sampler = new RssSampler();
  await sampler.ready();
  try {
    const ctx = { dir: req.dir, data: req.data, png: req.png, keep: req.keep, forRebuild: req.forRebuild, previous: req.previous };
    const m = await measure(sampler, () => phase.run(ctx));
    const { value: _dropped, ...result } = phase.after ? phase.after(ctx, m.value) : m.value;
    return { ok: true, measured: { ...m, value: result } };
  } catch (e) {
    return { ok: false, error: (e as Error).stack ?? String(e) };
  } finally {
    await sampler.stop();
  }
}

process.once('message', (req: PhaseRequest) => {
  void run(req).then((reply) =>
    process.send!(reply, () => {
      process.disconnect();
      // A build may leave handles open (bundler services, watchers): do not let them keep the bench waiting.
      setTimeout(() => process.exit(0), 2000).unref();
    }),
  );
});
