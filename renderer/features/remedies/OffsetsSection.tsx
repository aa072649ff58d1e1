// What already met part of those payments (housing benefit, other benefits, refunds made), each
// set against the payments it reduces, in the order chosen.
import { useState } from 'react';
import { MultiSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { formatPence } from '../../../shared/money';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import { OFFSET_KINDS } from '../../../shared/domain/vocabulary';
import { OFFSET_KIND_LABELS } from '../../../shared/remedies';
import type { CaseFileOffset, CaseFilePayment } from '../../../shared/casefile/schema';
import { useRemedyChange } from './queries';
import { emptyOffsetForm, offsetFormFrom, offsetFromForm, type OffsetForm } from './form-values';
import { FormModal } from './FormModal';
import { useRemedyEditor } from './use-remedy-editor';
import { RowActions } from './RowActions';
import { ItemsSection, type ItemColumn } from './ItemsSection';
import { paymentLabel } from './PaymentsSection';
import { UkDateInput } from '../../app/UkDateInput';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Props {
  caseId: string;
  offsets: CaseFileOffset[];
  payments: CaseFilePayment[];
  /** What of each offset found no loss to reduce (from the calculation). */
  unapplied: Map<string, number>;
}

export function OffsetsSection({ caseId, offsets, payments, unapplied }: Props) {
  const [editing, setEditing] = useState<{ offset?: CaseFileOffset } | null>(null);
  const remove = useRemedyChange(caseId, 'offsets.delete');
  return (
    <ItemsSection
      title="Offsets (already met by benefits or refunds)"
      addLabel="Add offset"
      onAdd={() => setEditing({})}
      addDisabled={payments.length === 0}
      emptyText="None. Add housing benefit or other amounts that already met part of a payment."
      tableLabel="Offsets"
      items={offsets}
      itemKey={(o) => o.id}
      columns={offsetColumns(unapplied)}
      rowActions={(o) => (
        <RowActions
          onEdit={() => setEditing({ offset: o })}
          deleteLabel={`Delete offset ${o.id}`}
          deleteWhat={`the offset ${o.id} (${formatPence(o.amount)} ${OFFSET_KIND_LABELS[o.kind]})`}
          onDelete={() => remove.mutateAsync({ offsetId: o.id })}
        />
      )}
    >
      {editing && (
        <OffsetEditor caseId={caseId} offset={editing.offset} payments={payments} onDone={() => setEditing(null)} />
      )}
    </ItemsSection>
  );
}

const offsetColumns = (unapplied: Map<string, number>): Array<ItemColumn<CaseFileOffset>> => [
  { header: 'Offset', cell: (o) => o.id },
  { header: 'Kind', cell: (o) => capitalise(OFFSET_KIND_LABELS[o.kind]) },
  { header: 'Date', cell: (o) => (o.date ? formatLongDate(o.date) : '—') },
  {
    header: 'Amount',
    align: 'right',
    cell: (o) => (
      <>
        {formatPence(o.amount)}
        {(unapplied.get(o.id) ?? 0) > 0 && (
          <Text size="xs" c="orange">
            {formatPence(unapplied.get(o.id) ?? 0)} found nothing to reduce
          </Text>
        )}
      </>
    ),
  },
  { header: 'Against', cell: (o) => o.against.join(', ') },
];

function OffsetEditor(props: { caseId: string; offset?: CaseFileOffset; payments: CaseFilePayment[]; onDone(): void }) {
  const { caseId, offset, payments, onDone } = props;
  const {
    form,
    values: v,
    errors,
    modalProps,
  } = useRemedyEditor({
    caseId,
    journalKey: `offset:${offset?.id ?? 'new'}`,
    initial: offset ? offsetFormFrom(offset) : emptyOffsetForm(),
    convert: offsetFromForm,
    channel: 'offsets.save',
    toInput: (value) => ({ offset: { ...value, ...(offset ? { id: offset.id } : {}) } }),
    errorPrefix: 'offset.',
    savedMessage: (saved) => `Saved offset ${saved.id}`,
    onDone,
  });

  if (!form.ready) return null;
  return (
    <FormModal {...modalProps} title={offset ? `Edit offset ${offset.id}` : 'Add an offset'} submitLabel="Save offset">
      <SimpleGrid cols={2}>
        <Select
          label="Kind"
          data={OFFSET_KINDS.map((k) => ({ value: k, label: capitalise(OFFSET_KIND_LABELS[k]) }))}
          value={v.kind}
          onChange={(x) => x && form.set('kind', x as OffsetForm['kind'])}
          allowDeselect={false}
        />
        <TextInput
          label="Amount"
          leftSection="£"
          placeholder="e.g. 400.00"
          value={v.amount}
          onChange={(e) => form.set('amount', e.currentTarget.value.replace(/^£/, ''))}
          error={errors.amount}
          data-autofocus
        />
        <UkDateInput
          label="Date (optional)"
          value={v.date}
          onChange={(v) => form.set('date', v)}
          error={errors.date}
        />
        <MultiSelect
          label="Against payments"
          description="Applied in this order, each up to what is left of it"
          data={payments.map((p) => ({ value: p.id, label: paymentLabel(p) }))}
          value={v.against}
          onChange={(x) => form.set('against', x)}
          error={errors.against ?? errors['against.0']}
        />
      </SimpleGrid>
    </FormModal>
  );
}
