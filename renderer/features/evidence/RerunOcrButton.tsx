// Re-run OCR on a document: asks first (the recognised text is replaced), optionally on every
// page rather than only those without a text layer, and follows the run as a job.
import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EvidenceDetailView } from '../../../shared/domain/evidence';
import { trackJob } from './active-jobs';
import { useStartOcr } from './queries';

export function RerunOcrButton({ caseId, item }: { caseId: string; item: EvidenceDetailView }) {
  const [open, setOpen] = useState(false);
  const [allPages, setAllPages] = useState(false);
  const start = useStartOcr();
  const run = () =>
    start.mutate(
      { caseId, evidenceId: item.id, allPages },
      {
        onSuccess: (started) => {
          setOpen(false);
          if (started.cancelled) return;
          trackJob({ jobId: started.jobId, caseId, kind: 'ocr', label: `Re-running OCR on ${item.title}` });
        },
        onError: (err) => notifications.show({ color: 'red', title: 'OCR not started', message: err.message }),
      },
    );
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Re-run OCR…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Re-run OCR">
        <Stack>
          <Text size="sm">
            Recognise the text of {item.title} again. The text stored for those pages is replaced; the original file is
            not changed. It can take a few seconds a page.
          </Text>
          {item.type === 'pdf' && (
            <Checkbox
              label="Every page, including pages that have a text layer"
              checked={allPages}
              onChange={(e) => setAllPages(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button onClick={run} loading={start.isPending} data-autofocus>
              Re-run OCR
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
