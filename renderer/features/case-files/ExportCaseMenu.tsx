// "Export…" on a case: its case file (with the originals beside it) or a case archive.
import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useExportCase } from './use-transfer';
import { ArchiveJobProgress } from './ArchiveJobProgress';

export function ExportCaseMenu({ caseId }: { caseId: string }) {
  const caseFile = useExportCase('casefile', caseId);
  const archive = useExportCase('archive', caseId);
  const onError = (err: Error) => notifications.show({ color: 'red', title: 'Not exported', message: err.message });
  return (
    <Group gap="xs" wrap="nowrap">
      {archive.jobId && <ArchiveJobProgress jobId={archive.jobId} />}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={caseFile.isPending || archive.isPending}>
            Export…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => caseFile.mutate(undefined, { onError })}>Export case file (.s117.json)…</Menu.Item>
          <Menu.Item onClick={() => archive.mutate(undefined, { onError })}>Export case archive (.s117case)…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
