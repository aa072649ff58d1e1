// Starting an import, from the Add evidence… dialog (no paths) or from dropped files (paths):
// the job is tracked so its progress panel shows, and a refusal is shown in words.
import { notifications } from '@mantine/notifications';
import { trackJob } from './active-jobs';
import { useStartImport } from './queries';

export function useImportEvidence(caseId: string) {
  const start = useStartImport();
  const run = (paths?: string[]) =>
    start.mutate(paths ? { caseId, paths } : { caseId }, {
      onSuccess: (started) => {
        if (started.cancelled) return;
        const count = paths?.length;
        trackJob({
          jobId: started.jobId,
          caseId,
          kind: 'import',
          label: count ? `Importing ${count} file${count === 1 ? '' : 's'}` : 'Importing evidence',
        });
      },
      onError: (err) => notifications.show({ color: 'red', title: 'Evidence not added', message: err.message }),
    });
  return { run, pending: start.isPending };
}
