// What the person (or their family) paid for care that should have been free: one-off payments
// and regular ones (every week or month between two dates), with add, edit and delete.
import { useState } from 'react';
import { Badge, Checkbox, SegmentedControl, Select, SimpleGrid, TextInput } from '@mantine/core';
import { formatPence } from '../../../shared/money';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import type { CaseFilePayment } from '../../../shared/casefile/schema';
import { useRemedyChange } from './queries';
import { emptyPaymentForm, paymentFormFrom, paymentFromForm, type PaymentForm } from './form-values';
import { FormModal } from './FormModal';
import { useRemedyEditor } from './use-remedy-editor';
import { RowActions } from './RowActions';
import { ItemsSection, type ItemColumn } from './ItemsSection';
import type { CaseNames } from './names';
import { UkDateInput } from '../../app/UkDateInput';

export function paymentWhen(p: CaseFilePayment): string {
  if (!p.schedule) return formatLongDate(p.date ?? '');
  return `Every ${p.schedule.every}, ${formatLongDate(p.schedule.from)} to ${formatLongDate(p.schedule.to)}`;
}

export function paymentAmount(p: CaseFilePayment): string {
  return p.schedule ? `${formatPence(p.schedule.amount)} a ${p.schedule.every}` : formatPence(p.amount ?? 0);
}

export const paymentLabel = (p: CaseFilePayment) => `${p.id}: ${p.for ?? p.service ?? 'payment'} (${paymentAmount(p)})`;

interface Props {
  caseId: string;
  payments: CaseFilePayment[];
  names: CaseNames;
}

export function PaymentsSection({ caseId, payments, names }: Props) {
  const [editing, setEditing] = useState<{ payment?: CaseFilePayment } | null>(null);
  const remove = useRemedyChange(caseId, 'payments.delete');
  return (
    <ItemsSection
      title="Payments made for care"
      addLabel="Add payment"
      onAdd={() => setEditing({})}
      emptyText="No payments recorded. Add what the person or their family paid for care that S117 should have provided free."
      tableLabel="Payments"
      items={payments}
      itemKey={(p) => p.id}
      columns={paymentColumns(names)}
      rowActions={(p) => (
        <RowActions
          onEdit={() => setEditing({ payment: p })}
          deleteLabel={`Delete payment ${p.id}`}
          deleteWhat={`the payment ${p.id} (${paymentAmount(p)}, ${paymentWhen(p)})`}
          onDelete={() => remove.mutateAsync({ paymentId: p.id })}
        />
      )}
    >
      {editing && (
        <PaymentEditor caseId={caseId} payment={editing.payment} names={names} onDone={() => setEditing(null)} />
      )}
    </ItemsSection>
  );
}

const paymentColumns = (names: CaseNames): Array<ItemColumn<CaseFilePayment>> => [
  { header: 'Payment', cell: (p) => p.id },
  { header: 'Date or schedule', cell: paymentWhen },
  { header: 'Amount', align: 'right', nowrap: true, cell: paymentAmount },
  { header: 'Paid by', cell: (p) => names.person(p.paidBy) },
  { header: 'For', cell: (p) => p.for ?? p.service ?? '—' },
  {
    header: 'Mental health need',
    cell: (p) => (
      <Badge color={p.meetsMentalHealthNeed ? 'teal' : 'gray'} variant="light">
        {p.meetsMentalHealthNeed ? 'Yes' : 'No'}
      </Badge>
    ),
  },
];

function PaymentEditor(props: { caseId: string; payment?: CaseFilePayment; names: CaseNames; onDone(): void }) {
  const { caseId, payment, names, onDone } = props;
  const {
    form,
    values: v,
    errors,
    modalProps,
  } = useRemedyEditor({
    caseId,
    journalKey: `payment:${payment?.id ?? 'new'}`,
    initial: payment ? paymentFormFrom(payment) : emptyPaymentForm(names.people[0]?.value ?? ''),
    convert: paymentFromForm,
    channel: 'payments.save',
    toInput: (value) => ({ payment: { ...value, ...(payment ? { id: payment.id } : {}) } }),
    errorPrefix: 'payment.',
    savedMessage: (saved) => `Saved payment ${saved.id}`,
    onDone,
  });

  if (!form.ready) return null;
  return (
    <FormModal
      {...modalProps}
      title={payment ? `Edit payment ${payment.id}` : 'Add a payment'}
      submitLabel="Save payment"
    >
      <SegmentedControl
        aria-label="How often"
        value={v.repeat}
        onChange={(x) => form.set('repeat', x as PaymentForm['repeat'])}
        data={[
          { value: 'once', label: 'One payment' },
          { value: 'schedule', label: 'Regular payments' },
        ]}
      />
      {v.repeat === 'once' ? (
        <SimpleGrid cols={2}>
          <UkDateInput
            label="Date paid"
            value={v.date}
            onChange={(v) => form.set('date', v)}
            error={errors.date}
            data-autofocus
          />
          <TextInput
            label="Amount"
            placeholder="e.g. 1,288.00"
            leftSection="£"
            value={v.amount}
            onChange={(e) => form.set('amount', e.currentTarget.value.replace(/^£/, ''))}
            error={errors.amount}
          />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={2}>
          <UkDateInput
            label="First payment"
            value={v.from}
            onChange={(v) => form.set('from', v)}
            error={errors.from ?? errors['schedule.from']}
            data-autofocus
          />
          <UkDateInput
            label="Until"
            value={v.to}
            onChange={(v) => form.set('to', v)}
            error={errors.to ?? errors['schedule.to']}
          />
          <Select
            label="Every"
            data={[
              { value: 'week', label: 'Week' },
              { value: 'month', label: 'Month' },
            ]}
            value={v.every}
            onChange={(x) => x && form.set('every', x as PaymentForm['every'])}
            allowDeselect={false}
          />
          <TextInput
            label="Amount each time"
            placeholder="e.g. 256.00"
            leftSection="£"
            value={v.amount}
            onChange={(e) => form.set('amount', e.currentTarget.value.replace(/^£/, ''))}
            error={errors.amount ?? errors['schedule.amount']}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={2}>
        <Select
          label="Paid by"
          data={names.people}
          value={v.paidBy || null}
          onChange={(x) => form.set('paidBy', x ?? '')}
          allowDeselect={false}
          error={errors.paidBy}
        />
        <TextInput
          label="What it paid for"
          placeholder="e.g. private support worker"
          value={v.for}
          onChange={(e) => form.set('for', e.currentTarget.value)}
          error={errors.for}
        />
      </SimpleGrid>
      <Checkbox
        label="Meets a mental health need (care that S117 aftercare should have provided)"
        checked={v.meetsMentalHealthNeed}
        onChange={(e) => form.set('meetsMentalHealthNeed', e.currentTarget.checked)}
      />
    </FormModal>
  );
}
