// Long jobs run off the request: starting one returns its id at once; the renderer polls
// jobs.status and may call jobs.cancel. Finished jobs are kept for a while so their result can
// be read, then forgotten.
import { randomUUID } from 'node:crypto';
import type { JobProgress, JobStatus } from '../../shared/domain/job';
import { AppError } from '../errors';

export interface JobContext {
  signal: AbortSignal;
  report(progress: JobProgress): void;
}

// Long enough for a progress panel left open all day to still show how its import ended.
const KEEP_FINISHED_MS = 12 * 60 * 60 * 1000;

export interface JobRegistry {
  /** `id`: one the caller chose (the renderer, to follow a job it is awaiting); else a new one. */
  start(kind: string, run: (ctx: JobContext) => Promise<unknown>, initial?: Partial<JobProgress>, id?: string): string;
  /**
   * Runs a job the caller awaits itself (an archive export or import): it shows in status and
   * stops on cancel and cancelAll like any other; the promise settles with its own result or error.
   */
  track<T>(kind: string, run: (ctx: JobContext) => Promise<T>, id?: string): Promise<T>;
  status(id: string): JobStatus;
  cancel(id: string): JobStatus;
  /** Resolves when every running job has finished (for shutdown and tests). */
  idle(): Promise<void>;
  /** Asks every running job to stop (on shutdown). */
  cancelAll(): void;
}

export function createJobRegistry(): JobRegistry {
  const jobs = new Map<
    string,
    { status: JobStatus; controller: AbortController; done: Promise<void>; finishedAt?: number }
  >();
  const prune = () => {
    const now = Date.now();
    for (const [id, job] of jobs) if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
  };
  const get = (id: string) => {
    const job = jobs.get(id);
    if (!job) throw new AppError('not_found', 'That job is not known (it may have finished long ago).');
    return job;
  };
  const registry: JobRegistry = {
    track<T>(kind: string, run: (ctx: JobContext) => Promise<T>, id?: string): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        registry.start(
          kind,
          async (ctx) => {
            try {
              const result = await run(ctx);
              resolve(result);
              return result;
            } catch (err) {
              reject(err as Error);
              throw err;
            }
          },
          undefined,
          id,
        );
      });
    },
    start(kind, run, initial, chosenId) {
      prune();
      if (chosenId && jobs.has(chosenId)) throw new AppError('conflict', 'A job with that id is already known.');
      const id = chosenId ?? randomUUID();
      const controller = new AbortController();
      const status: JobStatus = {
        id,
        kind,
        state: 'running',
        progress: { fraction: 0, message: 'Starting…', items: [], ...initial },
      };
      const entry = {
        status,
        controller,
        done: Promise.resolve() as Promise<void>,
        finishedAt: undefined as number | undefined,
      };
      entry.done = (async () => {
        try {
          const result = await run({
            signal: controller.signal,
            report: (p) => (entry.status = { ...entry.status, progress: p }),
          });
          entry.status = {
            ...entry.status,
            state: controller.signal.aborted ? 'cancelled' : 'done',
            result,
            progress: { ...entry.status.progress, fraction: 1 },
          };
        } catch (err) {
          entry.status = {
            ...entry.status,
            state: controller.signal.aborted ? 'cancelled' : 'failed',
            error: (err as Error).message,
          };
        } finally {
          entry.finishedAt = Date.now();
        }
      })();
      jobs.set(id, entry);
      return id;
    },
    status: (id) => get(id).status,
    cancel(id) {
      const job = get(id);
      if (job.status.state === 'running') job.controller.abort();
      return job.status;
    },
    cancelAll() {
      for (const job of jobs.values()) if (job.status.state === 'running') job.controller.abort();
    },
    async idle() {
      await Promise.all([...jobs.values()].map((j) => j.done));
    },
  };
  return registry;
}
