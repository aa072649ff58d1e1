// The organisations in scope: council, CCG/ICB, trust, providers.
import { Select, TextInput } from '@mantine/core';
import { ORG_KINDS, ORG_KIND_LABELS } from '../../../shared/domain/vocabulary';
import { newRowKey, type CaseForm, type OrgRow } from './form-values';
import { RowsEditor } from './RowsEditor';

export function OrganisationsEditor({ form }: { form: CaseForm }) {
  const rows = form.values.organisations;
  const newRow = (): OrgRow => ({
    key: newRowKey(),
    kind: rows.length === 0 ? 'council' : 'icb',
    name: '',
    reference: '',
    successor: '',
  });
  return (
    <RowsEditor
      title="Organisations in scope"
      noun="Organisation"
      emptyText="No organisations yet."
      addLabel="Add organisation"
      rows={rows}
      onAdd={() => form.insertListItem('organisations', newRow())}
      onRemove={(i) => form.removeListItem('organisations', i)}
      renderFields={(row, i) => (
        <>
          <Select
            label="Kind"
            w={260}
            data={ORG_KINDS.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))}
            {...form.getInputProps(`organisations.${i}.kind`)}
            allowDeselect={false}
          />
          <TextInput label="Name" style={{ flex: 1 }} {...form.getInputProps(`organisations.${i}.name`)} />
          <TextInput label="Their reference" w={150} {...form.getInputProps(`organisations.${i}.reference`)} />
          {(row.kind === 'ccg' || row.successor) && (
            <TextInput
              label="Now (successor ICB)"
              description="Letters after June 2022 name it"
              w={220}
              {...form.getInputProps(`organisations.${i}.successor`)}
            />
          )}
        </>
      )}
    />
  );
}
