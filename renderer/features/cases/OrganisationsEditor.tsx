// The organisations in scope: council, CCG/ICB, trust, providers.
import { Select, TextInput } from '@mantine/core';
import { ORG_KINDS, ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/vocabulary';
import { newRowKey, type OrgRow } from './form-values';
import { RowsEditor } from './RowsEditor';

interface Props {
  rows: OrgRow[];
  errors: Record<string, string>;
  onChange(rows: OrgRow[]): void;
}

export function OrganisationsEditor({ rows, errors, onChange }: Props) {
  return (
    <RowsEditor
      title="Organisations in scope"
      noun="Organisation"
      emptyText="No organisations yet."
      addLabel="Add organisation"
      rows={rows}
      onChange={onChange}
      newRow={(current): OrgRow => ({
        key: newRowKey(),
        kind: current.length === 0 ? 'council' : 'icb',
        name: '',
        reference: '',
        successor: '',
      })}
      renderFields={(row, i, update) => (
        <>
          <Select
            label="Kind"
            w={260}
            data={ORG_KINDS.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))}
            value={row.kind}
            onChange={(v) => v && update({ kind: v as OrgKind })}
            allowDeselect={false}
          />
          <TextInput
            label="Name"
            style={{ flex: 1 }}
            value={row.name}
            onChange={(e) => update({ name: e.currentTarget.value })}
            error={errors[`organisations.${i}.name`]}
          />
          <TextInput
            label="Their reference"
            w={150}
            value={row.reference}
            onChange={(e) => update({ reference: e.currentTarget.value })}
          />
          {(row.kind === 'ccg' || row.successor) && (
            <TextInput
              label="Now (successor ICB)"
              description="Letters after June 2022 name it"
              w={220}
              value={row.successor}
              onChange={(e) => update({ successor: e.currentTarget.value })}
              error={errors[`organisations.${i}.successor`]}
            />
          )}
        </>
      )}
    />
  );
}
