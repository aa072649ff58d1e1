// "Export…" on the chronology: the table as PDF or DOCX, named or anonymised.
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';

type Choice = { format: 'pdf' | 'docx'; anonymise: boolean };

export function ExportChronologyMenu({ caseId }: { caseId: string }) {
  const exportIt = useMutation({
    mutationFn: (choice: Choice) => invoke('chronology.export', { caseId, ...choice }),
    onSuccess: (result) => {
      if (!result.cancelled)
        notifications.show({ color: 'green', title: 'Chronology exported', message: `Saved to ${result.path}` });
    },
    onError: (err) =>
      notifications.show({ color: 'red', title: 'Not exported', message: err.message, autoClose: false }),
  });
  const item = (label: string, choice: Choice) => (
    <Menu.Item onClick={() => exportIt.mutate(choice)}>{label}</Menu.Item>
  );
  return (
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
      </Menu.Dropdown>
    </Menu>
  );
}
