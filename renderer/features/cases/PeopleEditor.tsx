// The people in a case: the aggrieved person, the complainant, representatives.
import { Select, TextInput } from '@mantine/core';
import { PERSON_ROLES, PERSON_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { newRowKey, type CaseForm, type PersonRow } from './form-values';
import { RowsEditor } from './RowsEditor';

export function PeopleEditor({ form }: { form: CaseForm }) {
  const rows = form.values.people;
  const newRow = (): PersonRow => ({
    key: newRowKey(),
    role: rows.length === 0 ? 'aggrieved' : 'complainant',
    title: '',
    name: '',
    label: '',
    relationship: '',
  });
  return (
    <RowsEditor
      title="People"
      noun="Person"
      emptyText="No people yet."
      addLabel="Add person"
      rows={rows}
      onAdd={() => form.insertListItem('people', newRow())}
      onRemove={(i) => form.removeListItem('people', i)}
      renderFields={(_row, i) => (
        <>
          <Select
            label="Role"
            w={170}
            data={PERSON_ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))}
            {...form.getInputProps(`people.${i}.role`)}
            allowDeselect={false}
          />
          <TextInput label="Title" w={80} {...form.getInputProps(`people.${i}.title`)} />
          <TextInput label="Name" style={{ flex: 1 }} {...form.getInputProps(`people.${i}.name`)} />
          <TextInput label="Anonymised as" placeholder="Mrs X" w={120} {...form.getInputProps(`people.${i}.label`)} />
          <TextInput
            label="Relationship"
            placeholder="mother"
            w={130}
            {...form.getInputProps(`people.${i}.relationship`)}
          />
        </>
      )}
    />
  );
}
