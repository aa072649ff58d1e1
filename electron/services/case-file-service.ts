// Imports and exports `.s117.json` case files (CASEFILE.md). Import checks everything first —
// the JSON, the schema, every reference, every evidence file on disk and its SHA-256 — and
// writes nothing when anything is wrong. Then it creates the case, imports the evidence through
// the evidence service (chain of custody as for any import), and writes the chronology and the
// rest in one transaction; if a later step fails, the partly imported case is removed again.
// Export writes the JSON atomically with the originals beside it, so it imports back.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomically } from '../files/write-atomically';
import type { Db } from '../store/db';
import { caseWithReference, createCase, removeCaseRows } from '../store/cases-repo';
import { insertEvent } from '../store/events-repo';
import {
  addDismissal,
  replaceOffsets,
  replacePayments,
  setComplaint,
  setRemedy,
  upsertFinding,
} from '../store/case-extras-repo';
import { evidenceExportPath, readCaseFile } from '../store/case-file-repo';
import { caseExportEntry, createMutator } from '../store/mutate';
import type { CaseService } from './case-service';
import type { EvidenceService } from '../evidence/evidence-service';
import { sha256File } from '../evidence/hash';
import { AppError, CaseAlreadyImportedError } from '../errors';
import { readCaseFileText } from '../../shared/casefile/read';
import { writeCaseFileText } from '../../shared/casefile/write';
import type { CaseFile } from '../../shared/casefile/schema';
import type { CaseDetail } from '../../shared/domain/case';
import { DEFAULT_CASE_SETTINGS } from '../../shared/domain/vocabulary';
import { describeIssues, type FieldIssue } from '../../shared/validation/issues';

export interface CaseFileImport {
  caseDetail: CaseDetail;
  events: number;
  evidence: number;
  messages: string[];
}

export interface ImportOptions {
  /** Import even when a case with the same reference is already here, as a second case. */
  asNew?: boolean;
  /** The name to give in messages (an archive's name, when the case file came out of it). */
  label?: string;
}

export interface CaseFileService {
  /** Refuses (CaseAlreadyImportedError) a case whose reference is already here, unless `asNew`. */
  importFromPath(path: string, options?: ImportOptions): Promise<CaseFileImport>;
  exportToPath(caseId: string, path: string): { path: string; evidenceFiles: number };
  read(caseId: string): CaseFile;
}

interface Deps {
  db: Db;
  dataDir: string;
  actor: () => string;
  now: () => Date;
  cases: CaseService;
  evidence: EvidenceService;
}

function invalid(file: string, issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', `${basename(file)}: ${describeIssues(issues).split('\n').join('; ')}`, issues);
}

function readValidated(path: string): CaseFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError(
      'file_error',
      `${basename(path)}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
    );
  }
  const result = readCaseFileText(text);
  if (!result.ok) throw invalid(path, result.issues);
  return result.file;
}

async function checkEvidenceFiles(path: string, file: CaseFile): Promise<string[]> {
  const issues: FieldIssue[] = [];
  const paths: string[] = [];
  for (const [i, entry] of (file.evidence ?? []).entries()) {
    const full = resolve(dirname(path), entry.file);
    paths.push(full);
    if (!existsSync(full) || !statSync(full).isFile()) {
      issues.push({ path: `evidence[${i}].file`, message: `no file at ${entry.file} (beside the case file)` });
      continue;
    }
    if (entry.sha256) {
      const actual = (await sha256File(full)).sha256;
      if (actual !== entry.sha256)
        issues.push({
          path: `evidence[${i}].sha256`,
          message: `${entry.file} does not match: its SHA-256 is ${actual}`,
        });
    }
  }
  if (issues.length > 0) throw invalid(path, issues);
  return paths;
}

export function createCaseFileService(deps: Deps): CaseFileService {
  const { db, actor, now, evidence } = deps;
  const mutate = createMutator({ db, actor, now });

  const removePartialCase = (caseId: string, reason: string) => {
    mutate((change) => {
      removeCaseRows(db, caseId);
      change.audit({
        caseId,
        action: 'delete',
        entity: 'case',
        entityId: caseId,
        summary: `Removed the partly imported case: ${reason}`,
      });
    });
    evidence.sweep();
  };

  return {
    read: (caseId) => readCaseFile(db, caseId),

    async importFromPath(path, options = {}) {
      const file = readValidated(path);
      const evidencePaths = await checkEvidenceFiles(path, file);
      const reference = file.case.reference;
      if (reference && !options.asNew) {
        const existing = caseWithReference(db, reference);
        if (existing) throw new CaseAlreadyImportedError(options.label ?? basename(path), existing);
      }
      const caseDetail = createCase(
        db,
        actor(),
        {
          reference: file.case.reference,
          title: file.case.title,
          received: file.case.received,
          stage: file.case.stage ?? 'investigation',
          nation: file.case.nation ?? 'england',
          finalDecisionDate: file.case.finalDecisionDate ?? null,
          asAt: file.case.asAt ?? null,
          settings: { ...DEFAULT_CASE_SETTINGS, ...stripUndefined(file.case.settings ?? {}) },
          people: file.people,
          organisations: file.organisations,
        },
        now(),
      );
      const caseId = caseDetail.id;
      const messages: string[] = [];
      try {
        const idMap = new Map<string, string>();
        if (evidencePaths.length > 0) {
          const job = await evidence.importFiles({ caseId, files: evidencePaths });
          for (const [i, outcome] of job.outcomes.entries()) {
            const entry = file.evidence![i]!;
            if (!outcome.evidenceId)
              throw new AppError('file_error', `evidence[${i}].file (${entry.file}): ${outcome.message}`);
            idMap.set(entry.id, outcome.evidenceId);
            messages.push(outcome.message);
            if (outcome.status === 'imported')
              evidence.updateMetadata(caseId, outcome.evidenceId, {
                ...(entry.title ? { title: entry.title } : {}),
                documentDate: entry.date ?? null,
                authorOrg: entry.authorOrg ?? null,
                tags: entry.tags ?? [],
                notes: entry.notes ?? '',
              });
          }
        }
        mutate((change) => {
          file.events.forEach((event, position) =>
            insertEvent(
              db,
              caseId,
              event.citations
                ? {
                    ...event,
                    citations: event.citations.map((c) => ({ ...c, evidence: idMap.get(c.evidence) ?? c.evidence })),
                  }
                : event,
              position,
            ),
          );
          replacePayments(db, caseId, file.payments ?? []);
          replaceOffsets(db, caseId, file.offsets ?? []);
          for (const finding of file.findings ?? []) upsertFinding(db, caseId, finding);
          for (const dismissal of file.dismissals ?? []) addDismissal(db, caseId, dismissal);
          if (file.remedy) setRemedy(db, caseId, file.remedy);
          if (file.complaint) setComplaint(db, caseId, file.complaint);
          change.audit({
            caseId,
            action: 'import',
            entity: 'case',
            entityId: caseId,
            summary: `Imported the case file ${basename(path)}: ${file.events.length} events, ${idMap.size} evidence items`,
          });
        });
        return { caseDetail: deps.cases.get(caseId), events: file.events.length, evidence: idMap.size, messages };
      } catch (err) {
        removePartialCase(caseId, (err as Error).message);
        throw err instanceof AppError
          ? err
          : new AppError('file_error', `${basename(path)}: ${(err as Error).message}`);
      }
    },

    exportToPath(caseId, path) {
      const file = readCaseFile(db, caseId);
      const folder = dirname(path);
      mkdirSync(folder, { recursive: true });
      let copied = 0;
      for (const entry of file.evidence ?? []) {
        const original = evidence.originalOf(caseId, entry.id);
        const target = join(folder, evidenceExportPath(entry.id, original.originalName));
        mkdirSync(dirname(target), { recursive: true });
        rmSync(`${target}.tmp`, { force: true });
        original.copyToSync(`${target}.tmp`);
        renameSync(`${target}.tmp`, target);
        copied++;
      }
      writeFileAtomically(path, writeCaseFileText(file));
      const files = copied ? ` with ${copied} evidence file${copied === 1 ? '' : 's'}` : '';
      mutate((change) => change.audit(caseExportEntry(caseId, `Exported the case file to ${path}${files}`)));
      return { path, evidenceFiles: copied };
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
