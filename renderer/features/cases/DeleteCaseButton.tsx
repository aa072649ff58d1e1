// Deleting a case asks first, naming what will go: the case and everything recorded in it.
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useDeleteCase } from './queries';
import { confirmDelete } from '../../app/confirm';
import type { CaseDetail } from '../../../shared/domain/case';

export function DeleteCaseButton({ caseDetail }: { caseDetail: CaseDetail }) {
  const remove = useDeleteCase();
  const navigate = useNavigate();
  const ask = () =>
    confirmDelete({
      title: 'Delete this case?',
      body: (
        <Text size="sm">
          “{caseDetail.title}”{caseDetail.reference ? ` (${caseDetail.reference})` : ''} and everything recorded in it
          will be deleted for good: its evidence files, letters, search entries and history. The audit log keeps only a
          note that it was purged, by whom and when. This cannot be undone.
        </Text>
      ),
      onConfirm: async () => {
        await remove.mutateAsync(caseDetail.id);
        notifications.show({ message: `Deleted “${caseDetail.title}”` });
        navigate('/');
      },
    });
  return (
    <Button color="red" variant="light" onClick={ask}>
      Delete case
    </Button>
  );
}
