// Deleting a case asks first, naming what will go: the case and everything recorded in it.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useDeleteCase } from './queries';
import type { CaseDetail } from '../../../shared/domain/case';

export function DeleteCaseButton({ caseDetail }: { caseDetail: CaseDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteCase();
  const navigate = useNavigate();
  return (
    <>
      <Button color="red" variant="light" onClick={open}>
        Delete case
      </Button>
      <Modal opened={opened} onClose={close} title="Delete this case?" centered>
        <Text size="sm">
          “{caseDetail.title}”{caseDetail.reference ? ` (${caseDetail.reference})` : ''} and everything recorded in it
          will be deleted for good: its evidence files, letters, search entries and history. The audit log keeps only a
          note that it was purged, by whom and when. This cannot be undone.
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-autofocus>
            Keep the case
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(caseDetail.id, {
                onSuccess: () => {
                  close();
                  notifications.show({ message: `Deleted “${caseDetail.title}”` });
                  navigate('/');
                },
              })
            }
          >
            Delete the case
          </Button>
        </Group>
      </Modal>
    </>
  );
}
