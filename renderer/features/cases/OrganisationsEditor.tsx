// The organisations in scope: council, CCG/ICB, trust, providers.
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { ORG_KINDS, ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/vocabulary';
import { newRowKey, type OrgRow } from './form-values';

interface Props {
  rows: OrgRow[];
  errors: Record<string, string>;
  onChange(rows: OrgRow[]): void;
}

export function OrganisationsEditor({ rows, errors, onChange }: Props) {
  const update = (i: number, patch: Partial<OrgRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        Organisations in scope
      </Title>
      <Stack gap="sm">
        {rows.length === 0 && <Text c="dimmed">No organisations yet.</Text>}
        {rows.map((row, i) => (
          <Group key={row.key} align="flex-start" wrap="nowrap" role="group" aria-label={`Organisation ${i + 1}`}>
            <Select
              label="Kind"
              w={260}
              data={ORG_KINDS.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))}
              value={row.kind}
              onChange={(v) => v && update(i, { kind: v as OrgKind })}
              allowDeselect={false}
            />
            <TextInput
              label="Name"
              style={{ flex: 1 }}
              value={row.name}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
              error={errors[`organisations.${i}.name`]}
            />
            <TextInput
              label="Their reference"
              w={150}
              value={row.reference}
              onChange={(e) => update(i, { reference: e.currentTarget.value })}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={`Remove organisation ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              onChange([
                ...rows,
                { key: newRowKey(), kind: rows.length === 0 ? 'council' : 'icb', name: '', reference: '' },
              ])
            }
          >
            Add organisation
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
