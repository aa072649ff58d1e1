// One change to a workspace, made whole or not at all: the change runs in one transaction, stamped
// with who makes it (the investigator's name) and when (the clock's now), and its audit entries are
// written in that same transaction, so a change that throws leaves neither itself nor its audit
// entry behind. Services make every change through a mutator; none opens a transaction itself.
import { appendAudit, type AuditEntryInput } from './audit';
import type { Db } from './db';

/** An audit entry as a change gives it: the mutation supplies who and when. */
export type AuditRecord = Omit<AuditEntryInput, 'actor'>;

/** What the work of a change is given. */
export interface Mutation {
  /** Who makes the change, read once as it starts. */
  readonly actor: string;
  /** When, read once from the clock as it starts: stamp rows with it too. */
  readonly at: Date;
  /** Records the change in the audit log, by `actor` at `at`, inside the transaction. */
  audit(entry: AuditRecord): void;
}

/** Runs `work` as one audited change and returns what it returns; what it throws propagates. */
export type Mutate = <T>(work: (change: Mutation) => T) => T;

export interface MutatorDeps {
  db: Db;
  /** The investigator's name (settings, or the CLI's --user). */
  actor: () => string;
  now: () => Date;
}

export function createMutator({ db, actor, now }: MutatorDeps): Mutate {
  return <T>(work: (change: Mutation) => T): T =>
    db.transaction((): T => {
      const by = actor();
      const at = now();
      return work({ actor: by, at, audit: (entry) => appendAudit(db, { ...entry, actor: by }, at) });
    })();
}

/** The audit entry for writing a case out of the workspace (a case file, an archive) to `path`. */
export const caseExportEntry = (caseId: string, summary: string): AuditRecord => ({
  caseId,
  action: 'export',
  entity: 'case',
  entityId: caseId,
  summary,
});
