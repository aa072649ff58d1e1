// Words and colours for letter statuses, and how the letters pages print a timestamp.
import type { LetterSummary } from '../../../shared/ipc/channels/letters';
import { formatDateTime } from '../../../shared/dates/date-time';

export const STATUS_LABELS: Record<LetterSummary['status'], string> = {
  draft: 'Draft',
  approved: 'Approved',
  superseded: 'Superseded',
};

export const STATUS_COLOURS: Record<LetterSummary['status'], string> = {
  draft: 'blue',
  approved: 'green',
  superseded: 'gray',
};

/** "23 Nov 2026, 21:40". */
export const when = formatDateTime;
