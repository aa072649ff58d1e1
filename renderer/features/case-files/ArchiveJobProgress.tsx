// An archive export or import in progress: how far it has got, and a way to stop it. Nothing
// shows until the main process has started the job (after the file dialog).
import { Button, Group, Progress, Text } from '@mantine/core';
import { useCancelJob, useJobStatus } from '../evidence/queries';

export function ArchiveJobProgress({ jobId }: { jobId: string }) {
  const status = useJobStatus(jobId);
  const cancel = useCancelJob();
  const job = status.data;
  if (!job || job.state !== 'running') return null;
  return (
    <Group gap="xs" wrap="nowrap" aria-label="Archive progress">
      <Progress value={Math.round(job.progress.fraction * 100)} w={120} aria-label={job.progress.message} />
      <Text size="xs" c="dimmed">
        {job.progress.message}
      </Text>
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => cancel.mutate(jobId)}>
        Cancel
      </Button>
    </Group>
  );
}
