// The Evidence tab's main view: Add evidence… (also reached as ?add=1 from the app menu), a
// search within the case, and the list.
import { useEffect, useRef } from 'react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useHotkeys } from '@mantine/hooks';
import type { CaseDetail } from '../../../shared/domain/case';
import { EvidenceSearch } from '../search/EvidenceSearch';
import { EvidenceTable } from './EvidenceTable';
import { useEvidenceList } from './queries';
import { useImportEvidence } from './use-start-import';

export function EvidenceListPanel({ caseDetail }: { caseDetail: CaseDetail }) {
  const list = useEvidenceList(caseDetail.id);
  const importer = useImportEvidence(caseDetail.id);
  useHotkeys([['alt+E', () => importer.run()]]);
  const [params, setParams] = useSearchParams();
  const askedToAdd = params.get('add') === '1';
  const added = useRef(false);
  useEffect(() => {
    // The app menu's Add evidence… arrives as ?add=1: open the dialog once, then drop the flag.
    if (!askedToAdd || added.current) return;
    added.current = true;
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.delete('add');
        return out;
      },
      { replace: true },
    );
    importer.run();
  }, [askedToAdd, setParams, importer]);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>Evidence</Title>
          <Text size="sm" c="dimmed">
            PDF, Word, email, text and picture files. Drop files here or use Add evidence… (Alt+E).
          </Text>
        </div>
        <Button onClick={() => importer.run()} loading={importer.pending}>
          Add evidence…
        </Button>
      </Group>
      <EvidenceSearch caseId={caseDetail.id} label="Search this case’s evidence" />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {!list.data && !list.error && <Loader />}
      {list.data && list.data.length === 0 && (
        <Alert color="gray" title="No evidence yet">
          Add the documents the complaint rests on: care plans, letters, emails, scanned records. Each is stored
          unchanged with its SHA-256 fingerprint, and its text is made searchable.
        </Alert>
      )}
      {list.data && list.data.length > 0 && <EvidenceTable caseDetail={caseDetail} items={list.data} />}
    </Stack>
  );
}
