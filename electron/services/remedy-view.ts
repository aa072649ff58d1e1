// The remedies view of one case: its payments, offsets and choices, the calculator's result with
// its explanation and words, and the agreed actions with their deadlines. When the loss cannot be
// worked out only because nobody has split it between the organisations yet, a provisional result
// is shown with the whole of it "not yet apportioned".
import type { Db } from '../store/db';
import { readCaseFile } from '../store/case-file-repo';
import { remedyForFile, resolveAsAt } from './analysis-service';
import type { createActionViews } from './remedy-compliance';
import type { CaseFile } from '../../shared/casefile/schema';
import { describeRemedy, type RemedyOutput } from '../../shared/remedies';
import { formatPence } from '../../shared/money';
import { UNAPPORTIONED, type RemedyView } from '../../shared/ipc/channels/remedies';

export function remedyView(
  db: Db,
  caseId: string,
  asAt: string | null | undefined,
  now: Date,
  actionView: ReturnType<typeof createActionViews>,
): RemedyView {
  const file = readCaseFile(db, caseId);
  const at = resolveAsAt(file, asAt, now);
  const deadlinesFrom = file.case.finalDecisionDate ?? at;
  const remedy = file.remedy ?? {};
  const actions = (remedy.actions ?? []).map((a) => actionView(caseId, a, deadlinesFrom));
  const base = {
    asAt: at,
    deadlinesFrom,
    payments: file.payments ?? [],
    offsets: file.offsets ?? [],
    remedy,
    actions,
  };
  const result = remedyForFile(file, at);
  if (result.ok)
    return {
      ...base,
      result: { ok: true as const, output: result.output },
      explanation: result.explanation,
      words: wordsFor(file, result.output, at),
    };
  const unsplit = result.code === 'apportionment_needed' ? provisional(file, at) : null;
  return {
    ...base,
    result: {
      ok: false as const,
      code: result.code,
      message: result.message,
      provisional: unsplit?.output ?? null,
    },
    explanation: unsplit?.explanation ?? null,
    words: unsplit ? wordsFor(unsplit.file, unsplit.output, at) : null,
  };
}

function provisional(file: CaseFile, asAt: string) {
  const unsplit: CaseFile = {
    ...file,
    organisations: [...file.organisations, { id: UNAPPORTIONED, kind: 'other', name: 'Not yet apportioned' }],
    remedy: { ...file.remedy, apportionment: [{ org: UNAPPORTIONED, percent: 100 }] },
  };
  const result = remedyForFile(unsplit, asAt);
  return result.ok ? { file: unsplit, ...result } : null;
}

function wordsFor(file: CaseFile, output: RemedyOutput, asAt: string) {
  const words = describeRemedy(file, output, { asAt });
  const orgs = Object.entries(output.byOrganisation);
  words.byOrganisation = words.byOrganisation.map((sentence, i) => {
    const [org, amount] = orgs[i] ?? [];
    if (org !== UNAPPORTIONED) return sentence;
    const symbolic = output.payments.filter((p) => p.by === UNAPPORTIONED).length;
    return symbolic === 0
      ? `${formatPence(amount ?? 0)} of financial loss not yet split between the organisations`
      : sentence;
  });
  return words;
}
