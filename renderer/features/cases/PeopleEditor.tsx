// The people in a case: the aggrieved person, the complainant, representatives.
import { Select, TextInput } from '@mantine/core';
import { PERSON_ROLES, PERSON_ROLE_LABELS, type PersonRole } from '../../../shared/domain/vocabulary';
import { newRowKey, type PersonRow } from './form-values';
import { RowsEditor } from './RowsEditor';

interface Props {
  rows: PersonRow[];
  errors: Record<string, string>;
  onChange(rows: PersonRow[]): void;
}

export function PeopleEditor({ rows, errors, onChange }: Props) {
  return (
    <RowsEditor
      title="People"
      noun="Person"
      emptyText="No people yet."
      addLabel="Add person"
      rows={rows}
      onChange={onChange}
      newRow={(current): PersonRow => ({
        key: newRowKey(),
        role: current.length === 0 ? 'aggrieved' : 'complainant',
        title: '',
        name: '',
        label: '',
        relationship: '',
      })}
      renderFields={(row, i, update) => (
        <>
          <Select
            label="Role"
            w={170}
            data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
            value={row.role}
            onChange={(v) => v && update({ role: v as PersonRole })}
            allowDeselect={false}
          />
          <TextInput
            label="Title"
            w={80}
            value={row.title}
            onChange={(e) => update({ title: e.currentTarget.value })}
          />
          <TextInput
            label="Name"
            style={{ flex: 1 }}
            value={row.name}
            onChange={(e) => update({ name: e.currentTarget.value })}
            error={errors[`people.${i}.name`]}
          />
          <TextInput
            label="Anonymised as"
            placeholder="Mrs X"
            w={120}
            value={row.label}
            onChange={(e) => update({ label: e.currentTarget.value })}
          />
          <TextInput
            label="Relationship"
            placeholder="mother"
            w={130}
            value={row.relationship}
            onChange={(e) => update({ relationship: e.currentTarget.value })}
          />
        </>
      )}
    />
  );
}
