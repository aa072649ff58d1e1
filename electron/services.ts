// Wires one workspace: opens (and migrates) its database in the data folder and builds the
// services the handlers and the CLI call. Nothing here knows about IPC or Electron.
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Db } from './store/db';
import { openWorkspace } from './open-workspace';
import type { WorkspaceKeys } from './crypto/workspace-key';
import { registerWorkspaceCipher, unregisterWorkspaceCipher } from './evidence/file-store';
import { createCaseService, type CaseService } from './services/case-service';
import { createSettingsService, type SettingsService } from './services/settings-service';
import { createChronologyService, type ChronologyService } from './services/chronology-service';
import { createFindingsService, type FindingsService } from './services/findings-service';
import { createEvidenceService, type EvidenceService } from './evidence/evidence-service';
import { createAnalysisService, type AnalysisService } from './services/analysis-service';
import { createRemedyService, type RemedyService } from './services/remedy-service';
import { createLetterService, type LetterService } from './services/letter-service';
import { createComplaintService, type ComplaintService } from './services/complaint-service';
import { createChronologyExportService, type ChronologyExportService } from './services/chronology-export-service';
import { createAnonymiseReviewService, type AnonymiseReviewService } from './services/anonymise-review-service';
import { createCaseFileService, type CaseFileService } from './services/case-file-service';
import { createArchiveService, type ArchiveService } from './services/archive-service';
import { createJobRegistry, type JobRegistry } from './jobs/job-registry';
import type { ArchiveLimits } from './archive/read-archive';

export interface ServicesOptions {
  dataDir: string;
  /**
   * How the workspace's key is unlocked: the desktop app's keychain and/or a passphrase
   * (crypto/passphrase-key.ts). `{ unencrypted: true }` opens it in clear: benchmarks only.
   */
  keys: WorkspaceKeys;
  /** Overrides the investigator's name for this run (the CLI's --user). */
  actor?: string;
  nativeBinding?: string;
  now?: () => Date;
  /** OCR for scanned evidence: on by default (bundled English data); tests may turn it off. */
  ocr?: boolean;
  /** Largest evidence file accepted, in bytes (default 500 MB). */
  maxEvidenceBytes?: number;
  /** Most entries and uncompressed bytes a case archive may hold (default: read-archive.ts). */
  archiveLimits?: ArchiveLimits;
}

export interface Services {
  dataDir: string;
  settings: SettingsService;
  cases: CaseService;
  chronology: ChronologyService;
  findings: FindingsService;
  evidence: EvidenceService;
  analysis: AnalysisService;
  remedies: RemedyService;
  complaint: ComplaintService;
  chronologyExport: ChronologyExportService;
  letters: LetterService;
  anonymiseReview: AnonymiseReviewService;
  caseFiles: CaseFileService;
  archives: ArchiveService;
  jobs: JobRegistry;
  /** Closes the database at once; OCR workers wind down in the background. */
  close(): void;
}

export function defaultUserName(): string {
  try {
    return userInfo().username || 'investigator';
  } catch {
    return 'investigator';
  }
}

export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true });
  const { db, cipher } = openWorkspace({
    dataDir: options.dataDir,
    keys: options.keys,
    nativeBinding: options.nativeBinding,
    now: options.now,
  });
  registerWorkspaceCipher(options.dataDir, cipher);
  const now = options.now ?? (() => new Date());
  const settings = createSettingsService(db, defaultUserName());
  const actor = () => options.actor ?? settings.get().investigatorName;
  const cases = createCaseService(db, actor, now, options.dataDir);
  const evidence = createEvidenceService({
    db,
    dataDir: options.dataDir,
    actor,
    now,
    ocr: options.ocr,
    maxFileBytes: options.maxEvidenceBytes,
    cipher,
  });
  const chronology = createChronologyService(db, actor, now);
  const jobs = createJobRegistry();
  const caseFiles = createCaseFileService({ db, dataDir: options.dataDir, actor, now, cases, evidence });
  const services: Services = {
    dataDir: options.dataDir,
    settings,
    cases,
    chronology,
    findings: createFindingsService(db, actor, now),
    evidence,
    analysis: createAnalysisService(db),
    remedies: createRemedyService(db, actor, now),
    complaint: createComplaintService(db, actor, now),
    chronologyExport: createChronologyExportService(db, actor, now),
    letters: createLetterService({
      db,
      dataDir: options.dataDir,
      actor,
      signatory: () => {
        const current = settings.get();
        return current.nameConfirmed ? current.investigatorName : '';
      },
      now,
    }),
    anonymiseReview: createAnonymiseReviewService({ db, actor, now }),
    caseFiles,
    archives: createArchiveService({
      db,
      dataDir: options.dataDir,
      caseFiles,
      evidence,
      actor,
      now,
      limits: options.archiveLimits,
    }),
    jobs,
    close: () => {
      // Stop running imports first: an import that outlived the database would fail half-way.
      jobs.cancelAll();
      void evidence.close();
      db.close();
      unregisterWorkspaceCipher(options.dataDir, cipher);
    },
  };
  databases.set(services, db);
  return services;
}

/**
 * The database behind a set of services, for tests that count rows or plant a corrupt one. The
 * app's code never reaches it: only electron/store/ runs SQL, called by the services.
 */
const databases = new WeakMap<Services, Db>();
export function databaseForTests(services: Services): Db {
  const db = databases.get(services);
  if (!db) throw new Error('these services have no database');
  return db;
}
