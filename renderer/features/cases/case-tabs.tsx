// The tabs of a case page, in order. Each area of the app adds its tab here (one line), with,
// if it likes, a prefetch that the case page starts as the tab is chosen, before it is drawn.
import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../shared/domain/case';
import { CaseOverview } from './CaseOverview';
import { ComplaintTab } from '../complaint/ComplaintTab';
import { ChronologyTab } from '../chronology/ChronologyTab';
import { prefetchChronology } from '../chronology/queries';
import { CaseHistory } from './CaseHistory';
import { LettersTab } from '../letters/LettersTab';
import { DutiesPanel } from '../duties/DutiesPanel';
import { FindingsTab } from '../findings/FindingsTab';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { RemediesTab } from '../remedies/RemediesTab';

export interface CaseTab {
  /** The address segment: /cases/<id>/<value>. */
  value: string;
  label: string;
  Component: ComponentType<{ caseDetail: CaseDetail }>;
  /** Starts the tab's reads, so they run while the page is still drawing. */
  prefetch?: (client: QueryClient, caseId: string) => void;
}

export const CASE_TABS: CaseTab[] = [
  { value: 'overview', label: 'Overview', Component: CaseOverview },
  { value: 'complaint', label: 'Complaint', Component: ComplaintTab },
  { value: 'evidence', label: 'Evidence', Component: EvidenceTab },
  { value: 'chronology', label: 'Chronology', Component: ChronologyTab, prefetch: prefetchChronology },
  { value: 'duties', label: 'Duties', Component: DutiesPanel },
  { value: 'findings', label: 'Findings', Component: FindingsTab },
  { value: 'remedies', label: 'Remedies', Component: RemediesTab },
  { value: 'letters', label: 'Letters', Component: LettersTab },
  { value: 'history', label: 'History', Component: ({ caseDetail }) => <CaseHistory caseId={caseDetail.id} /> },
];
