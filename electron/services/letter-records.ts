// How a stored letter reads: its template's label, "the Ombudsmen's final decision (version 2)",
// its summary for lists, dates in words, and the names used for its files and formats.
import type { LetterRecord } from '../store/letters-repo';
import { TEMPLATE_LABELS, type TemplateId } from '../../shared/letters/templates';
import { formatLongDate, todayInLondon } from '../../shared/dates/calendar-date';
import type { LetterFormat, LetterSummary } from '../../shared/ipc/channels/letters';

export const FORMAT_NAMES: Record<LetterFormat, string> = { pdf: 'PDF', docx: 'DOCX' };
export const FILE_STEMS: Record<TemplateId, string> = {
  draft: 'draft-decision',
  final: 'final-decision',
  'council-response': 'council-response',
};
export const short = (sha256: string) => sha256.slice(0, 12);

export function labelOf(template: string): string {
  return TEMPLATE_LABELS[template as TemplateId] ?? template;
}

/** "the Ombudsmen's final decision (version 2)". */
export function describeLetter(record: Pick<LetterRecord, 'template' | 'version'>): string {
  return `the ${labelOf(record.template)} (version ${record.version})`;
}

export function londonDay(iso: string): string {
  return formatLongDate(todayInLondon(new Date(iso)));
}

export function summaryOf(r: LetterRecord): LetterSummary {
  return {
    id: r.id,
    template: r.template as TemplateId,
    templateLabel: labelOf(r.template),
    version: r.version,
    status: r.status,
    title: r.title,
    anonymise: r.anonymise,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    approvedAt: r.approvedAt,
    approvedBy: r.approvedBy,
    supersedes: r.supersedes,
    supersededBy: r.supersededBy,
  };
}
