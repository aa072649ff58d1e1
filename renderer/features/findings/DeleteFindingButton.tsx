// Deleting a finding asks first, naming the finding and its organisation's fault.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CaseFileFinding } from '../../../shared/casefile/schema';
import { useDeleteFinding } from './queries';

export function DeleteFindingButton({ caseId, finding }: { caseId: string; finding: CaseFileFinding }) {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteFinding(caseId);
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={open} aria-label={`Delete finding ${finding.id}`}>
        Delete
      </Button>
      <Modal opened={opened} onClose={close} title={`Delete finding ${finding.id}?`} centered>
        <Text size="sm" lineClamp={4}>
          “{finding.fault}”
        </Text>
        <Text size="sm" mt="xs">
          The finding will be removed from the case. Its history stays in the audit log.
        </Text>
        {remove.error && (
          <Text size="sm" c="red" mt="xs">
            {remove.error.message}
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-autofocus>
            Keep the finding
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(finding.id, {
                onSuccess: () => {
                  close();
                  notifications.show({ message: `Deleted finding ${finding.id}` });
                },
              })
            }
          >
            Delete the finding
          </Button>
        </Group>
      </Modal>
    </>
  );
}
