// The Search page: every case's evidence at once, ranked, with the passages and pages.
import { Stack, Title } from '@mantine/core';
import { EvidenceSearch } from './EvidenceSearch';

export function SearchPage() {
  return (
    <Stack maw={960}>
      <Title order={2}>Search all evidence</Title>
      <EvidenceSearch caseId={null} label="Search the evidence of every case" />
    </Stack>
  );
}
