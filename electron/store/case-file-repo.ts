// A stored case as a `.s117.json` CaseFile: the one shape the duty engine, the remedy
// calculator, the letters and the export all read. Evidence entries point at
// `evidence/<id>/<original name>`, where an export puts the originals (so the name survives).
import type { Db } from './db';
import { getCase } from './cases-repo';
import { listEvents } from './events-repo';
import { getComplaint, getRemedy, listDismissals, listFindings, listOffsets, listPayments } from './case-extras-repo';
import {
  CASE_FILE_FORMAT,
  CASE_FILE_VERSION,
  type CaseFile,
  type CaseFileEvidence,
} from '../../shared/casefile/schema';

interface EvidenceRow {
  id: string;
  original_name: string;
  title: string;
  document_date: string | null;
  sha256: string;
  author_org: string | null;
  tags_json: string;
  notes: string;
}

/** A file name safe on every platform, keeping the original's extension. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^\.+/, '_')
    .trim();
  return cleaned.slice(-150) || 'file';
}

export function evidenceExportPath(id: string, originalName: string): string {
  return `evidence/${safeFileName(id)}/${safeFileName(originalName)}`;
}

export function readCaseFile(db: Db, caseId: string): CaseFile {
  const c = getCase(db, caseId);
  const evidenceRows = db
    .prepare(
      `SELECT id, original_name, title, document_date, sha256, author_org, tags_json, notes FROM evidence
       WHERE case_id = ? AND parent_id IS NULL ORDER BY rowid`,
    )
    .all(caseId) as EvidenceRow[];
  const evidence: CaseFileEvidence[] = evidenceRows.map((e) => ({
    id: e.id,
    file: evidenceExportPath(e.id, e.original_name),
    title: e.title,
    ...(e.document_date ? { date: e.document_date } : {}),
    sha256: e.sha256,
    ...(e.author_org ? { authorOrg: e.author_org } : {}),
    tags: JSON.parse(e.tags_json) as string[],
    notes: e.notes,
  }));
  const payments = listPayments(db, caseId);
  const offsets = listOffsets(db, caseId);
  const findings = listFindings(db, caseId);
  const dismissals = listDismissals(db, caseId);
  const remedy = getRemedy(db, caseId);
  const complaint = getComplaint(db, caseId);
  return {
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    case: {
      ...(c.reference ? { reference: c.reference } : {}),
      title: c.title,
      nation: c.nation,
      stage: c.stage,
      received: c.received,
      ...(c.finalDecisionDate ? { finalDecisionDate: c.finalDecisionDate } : {}),
      ...(c.asAt ? { asAt: c.asAt } : {}),
      settings: c.settings,
    },
    people: c.people.map((p) => ({
      id: p.id,
      role: p.role,
      ...(p.title ? { title: p.title } : {}),
      name: p.name,
      ...(p.label ? { label: p.label } : {}),
      ...(p.relationship ? { relationship: p.relationship } : {}),
    })),
    organisations: c.organisations.map((o) => ({
      id: o.id,
      kind: o.kind,
      name: o.name,
      ...(o.reference ? { reference: o.reference } : {}),
      ...(o.successor ? { successor: o.successor } : {}),
    })),
    events: listEvents(db, caseId),
    ...(payments.length ? { payments } : {}),
    ...(offsets.length ? { offsets } : {}),
    ...(evidence.length ? { evidence } : {}),
    ...(findings.length ? { findings } : {}),
    ...(dismissals.length ? { dismissals } : {}),
    ...(remedy ? { remedy } : {}),
    ...(complaint ? { complaint } : {}),
  };
}
