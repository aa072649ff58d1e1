// The event's citations: which document, which page or pages, and the words quoted. A page
// past the end of the document is refused by the main process and shown beside the page box.
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { emptyCitation, type CitationFormRow } from './event-form-values';

export interface EvidenceOption {
  id: string;
  title: string;
  pageCount: number;
}

interface Props {
  rows: CitationFormRow[];
  evidence: EvidenceOption[];
  errors: Record<string, string>;
  /** Changes the rows as they are when it runs (the form's setFieldValue with an updater). */
  onChange: (update: (rows: CitationFormRow[]) => CitationFormRow[]) => void;
}

export function CitationsEditor({ rows, evidence, errors, onChange }: Props) {
  const data = evidence.map((e) => ({
    value: e.id,
    label: `${e.title} (${e.pageCount} page${e.pageCount === 1 ? '' : 's'})`,
  }));
  // A citation may name evidence the picker has not loaded (or that was removed): keep it choosable.
  for (const row of rows)
    if (row.evidence && !data.some((d) => d.value === row.evidence))
      data.push({ value: row.evidence, label: row.evidence });
  const update = (i: number, patch: Partial<CitationFormRow>) =>
    onChange((current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          Citations
        </Text>
        <Button size="xs" variant="light" onClick={() => onChange((current) => [...current, emptyCitation()])}>
          Add citation
        </Button>
      </Group>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {evidence.length === 0
            ? 'No evidence in this case yet. Import documents to cite them.'
            : 'Not cited yet: add the document and page this event is recorded in.'}
        </Text>
      )}
      {rows.map((row, i) => {
        const at = `citations[${i}]`;
        return (
          <Paper key={i} withBorder p="xs" role="group" aria-label={`Citation ${i + 1}`}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Select
                label="Document"
                searchable
                data={data}
                value={row.evidence}
                onChange={(v) => update(i, { evidence: v })}
                error={errors[`${at}.evidence`]}
                style={{ flex: 3 }}
              />
              <TextInput
                label="Page"
                inputMode="numeric"
                value={row.page}
                onChange={(e) => update(i, { page: e.currentTarget.value })}
                error={errors[`${at}.page`]}
                style={{ flex: 1 }}
              />
              <TextInput
                label="To page"
                inputMode="numeric"
                value={row.pageEnd}
                onChange={(e) => update(i, { pageEnd: e.currentTarget.value })}
                error={errors[`${at}.pageEnd`]}
                style={{ flex: 1 }}
              />
              <Tooltip label="Remove this citation">
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="red"
                  aria-label={`Remove citation ${i + 1}`}
                  onClick={() => onChange((current) => current.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Tooltip>
            </Group>
            <Textarea
              mt={4}
              label="Quote"
              autosize
              minRows={1}
              maxRows={5}
              value={row.quote}
              onChange={(e) => update(i, { quote: e.currentTarget.value })}
              error={errors[`${at}.quote`]}
            />
          </Paper>
        );
      })}
    </Stack>
  );
}
