// "Export…" on the chronology: the table as PDF or DOCX, named or anonymised. An anonymised
// export with identifying details still to review opens the review instead.
import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IpcCallError, invoke } from '../../ipc/client';
import { AnonymiseReviewModal } from '../letters/AnonymiseReviewModal';

type Choice = { format: 'pdf' | 'docx'; anonymise: boolean };

export function ExportChronologyMenu({ caseId }: { caseId: string }) {
  const [reviewing, setReviewing] = useState(false);
  const exportIt = useMutation({
    mutationFn: (choice: Choice) => invoke('chronology.export', { caseId, ...choice }),
    onSuccess: (result) => {
      if (!result.cancelled)
        notifications.show({ color: 'green', title: 'Chronology exported', message: `Saved to ${result.path}` });
    },
    onError: (err) => {
      if (err instanceof IpcCallError && err.code === 'anonymisation_unreviewed') {
        setReviewing(true);
        return;
      }
      notifications.show({ color: 'red', title: 'Not exported', message: err.message, autoClose: false });
    },
  });
  const item = (label: string, choice: Choice) => (
    <Menu.Item onClick={() => exportIt.mutate(choice)}>{label}</Menu.Item>
  );
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={exportIt.isPending}>
            Export chronology…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {item('As PDF…', { format: 'pdf', anonymise: false })}
          {item('As DOCX…', { format: 'docx', anonymise: false })}
          <Menu.Divider />
          {item('Anonymised, as PDF…', { format: 'pdf', anonymise: true })}
          {item('Anonymised, as DOCX…', { format: 'docx', anonymise: true })}
          <Menu.Item onClick={() => setReviewing(true)}>Review details before publication…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {reviewing && (
        <AnonymiseReviewModal
          caseId={caseId}
          target={{ kind: 'chronology' }}
          what="the anonymised chronology"
          onClose={() => setReviewing(false)}
          exporting={exportIt.isPending}
          onExport={(format) => {
            setReviewing(false);
            exportIt.mutate({ format, anonymise: true });
          }}
        />
      )}
    </>
  );
}
