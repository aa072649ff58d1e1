// The Evidence tab of a case: add documents (dialog or drop), follow import and OCR jobs, the
// list and a search within the case at /cases/<id>/evidence, and the viewer at
// /cases/<id>/evidence/<evidenceId>?page=<n>&q=<words>.
import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/domain/case';
import { useTrackedJobs } from './active-jobs';
import { EvidenceDropZone } from './EvidenceDropZone';
import { EvidenceListPanel } from './EvidenceListPanel';
import { EvidenceViewerPage } from './EvidenceViewerPage';
import { JobPanel } from './JobPanel';

export function EvidenceTab({ caseDetail }: { caseDetail: CaseDetail }) {
  const params = useParams();
  const evidenceId = (params['*'] ?? '').split('/')[1] ?? '';
  const jobs = useTrackedJobs(caseDetail.id);
  return (
    <EvidenceDropZone caseId={caseDetail.id}>
      <Stack>
        {jobs.map((job) => (
          // Beside a document, a finished import's report would only push the document down.
          <JobPanel key={job.jobId} job={job} hideWhenFinished={!!evidenceId && job.kind === 'import'} />
        ))}
        {evidenceId ? (
          <EvidenceViewerPage key={evidenceId} caseDetail={caseDetail} evidenceId={decodeURIComponent(evidenceId)} />
        ) : (
          <EvidenceListPanel caseDetail={caseDetail} />
        )}
      </Stack>
    </EvidenceDropZone>
  );
}
