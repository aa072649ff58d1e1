// Words and colours for duty statuses, flag severities and the Who Pays? rules. Colour is never
// the only signal: every badge carries its word.
import type { Severity } from '../../../shared/domain/vocabulary';
import type { DutyRow } from '../../../shared/ipc/channels/findings';
import type { ResponsibleNhs } from '../../../shared/s117/check-output';
import { formatDateTime } from '../../../shared/dates/date-time';

export const DUTY_STATUS: Record<DutyRow['status'], { label: string; color: string }> = {
  met: { label: 'Met', color: 'green' },
  not_met: { label: 'Not met', color: 'red' },
  not_evidenced: { label: 'Not evidenced', color: 'yellow' },
  not_applicable: { label: 'Not applicable', color: 'gray' },
};

export const SEVERITY: Record<Severity, { label: string; color: string }> = {
  fault: { label: 'Fault', color: 'red' },
  concern: { label: 'Concern', color: 'orange' },
  info: { label: 'Information', color: 'blue' },
};

export const WHO_PAYS_LABELS: Record<NonNullable<ResponsibleNhs['rule']>, string> = {
  'who-pays-2013': 'Who Pays? (2013)',
  'who-pays-2016': 'Who Pays? (2016)',
  'who-pays-2020': 'Who Pays? (2020)',
  'who-pays-2022': 'Who Pays? (2022)',
};

/** "23 November 2026, 14:05" for when a decision was recorded. */
export const whenRecorded = formatDateTime;
