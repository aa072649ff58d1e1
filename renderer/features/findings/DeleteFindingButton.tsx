// Deleting a finding asks first, naming the finding and its organisation's fault.
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseFileFinding } from '../../../shared/casefile/schema';
import { useDeleteFinding } from './queries';
import { confirmDelete } from '../../app/confirm';

export function DeleteFindingButton({ caseId, finding }: { caseId: string; finding: CaseFileFinding }) {
  const remove = useDeleteFinding(caseId);
  const ask = () =>
    confirmDelete({
      title: `Delete finding ${finding.id}?`,
      body: (
        <>
          <Text size="sm" lineClamp={4}>
            “{finding.fault}”
          </Text>
          <Text size="sm">The finding will be removed from the case. Its history stays in the audit log.</Text>
        </>
      ),
      onConfirm: async () => {
        await remove.mutateAsync(finding.id);
        notifications.show({ message: `Deleted finding ${finding.id}` });
      },
    });
  return (
    <Button size="xs" color="red" variant="light" onClick={ask} aria-label={`Delete finding ${finding.id}`}>
      Delete
    </Button>
  );
}
