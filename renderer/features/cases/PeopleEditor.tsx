// The people in a case: the aggrieved person, the complainant, representatives.
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { PERSON_ROLES, PERSON_ROLE_LABELS, type PersonRole } from '../../../shared/domain/vocabulary';
import { newRowKey, type PersonRow } from './form-values';

interface Props {
  rows: PersonRow[];
  errors: Record<string, string>;
  onChange(rows: PersonRow[]): void;
}

export function PeopleEditor({ rows, errors, onChange }: Props) {
  const update = (i: number, patch: Partial<PersonRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        People
      </Title>
      <Stack gap="sm">
        {rows.length === 0 && <Text c="dimmed">No people yet.</Text>}
        {rows.map((row, i) => (
          <Group key={row.key} align="flex-start" wrap="nowrap" role="group" aria-label={`Person ${i + 1}`}>
            <Select
              label="Role"
              w={170}
              data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
              value={row.role}
              onChange={(v) => v && update(i, { role: v as PersonRole })}
              allowDeselect={false}
            />
            <TextInput
              label="Title"
              w={80}
              value={row.title}
              onChange={(e) => update(i, { title: e.currentTarget.value })}
            />
            <TextInput
              label="Name"
              style={{ flex: 1 }}
              value={row.name}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
              error={errors[`people.${i}.name`]}
            />
            <TextInput
              label="Anonymised as"
              placeholder="Mrs X"
              w={120}
              value={row.label}
              onChange={(e) => update(i, { label: e.currentTarget.value })}
            />
            <TextInput
              label="Relationship"
              placeholder="mother"
              w={130}
              value={row.relationship}
              onChange={(e) => update(i, { relationship: e.currentTarget.value })}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={`Remove person ${i + 1}`}
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
                {
                  key: newRowKey(),
                  role: rows.length === 0 ? 'aggrieved' : 'complainant',
                  title: '',
                  name: '',
                  label: '',
                  relationship: '',
                },
              ])
            }
          >
            Add person
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
