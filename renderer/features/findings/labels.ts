// Words for findings: the kinds of injustice, and an event as a finding cites it.
import type { InjusticeKind } from '../../../shared/domain/vocabulary';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';

export const INJUSTICE_LABELS: Record<InjusticeKind, string> = {
  distress: 'Distress',
  financial_loss: 'Financial loss',
  uncertainty: 'Uncertainty',
  lost_opportunity: 'Lost opportunity',
  time_and_trouble: 'Time and trouble',
};

/** "15/04/2019 Discharge from hospital". */
export const eventLabel = (e: Pick<CaseFileEvent, 'date' | 'precision' | 'type'>) =>
  `${formatEventDate(e.date, e.precision)} ${EVENT_TYPE_LABELS[e.type]}`;
