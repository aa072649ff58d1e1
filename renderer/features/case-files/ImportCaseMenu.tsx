// "Import…" on the case list: a case file (.s117.json) or a case archive (.s117case). A refusal
// stays on screen until dismissed: it names the file and the field at fault.
import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useImportCase } from './use-transfer';
import { ArchiveJobProgress } from './ArchiveJobProgress';

export function ImportCaseMenu() {
  const caseFile = useImportCase('casefile');
  const archive = useImportCase('archive');
  const onError = (err: Error) =>
    notifications.show({ color: 'red', title: 'Nothing was imported', message: err.message, autoClose: false });
  return (
    <Group gap="xs" wrap="nowrap">
      {archive.jobId && <ArchiveJobProgress jobId={archive.jobId} />}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={caseFile.isPending || archive.isPending}>
            Import…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => caseFile.mutate(undefined, { onError })}>Import case file (.s117.json)…</Menu.Item>
          <Menu.Item onClick={() => archive.mutate(undefined, { onError })}>Import case archive (.s117case)…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
