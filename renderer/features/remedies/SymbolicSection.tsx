// Symbolic payments (distress, time and trouble, uncertainty, lost opportunity): who pays whom,
// a lump sum or an amount a month for a number of months, and why. Beside the amount, the
// amounts seen in S117 decisions and the team's own table, as reference points, never a tariff.
import { useState } from 'react';
import {
  Group,
  List,
  Paper,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { formatPence, formatPenceForInput } from '../../../shared/money';
import { SYMBOLIC_PAYMENT_KINDS, type SymbolicPaymentKind } from '../../../shared/domain/vocabulary';
import { SYMBOLIC_PAYMENT_KIND_LABELS } from '../../../shared/remedies';
import type { CaseFileRemedyPayment } from '../../../shared/casefile/schema';
import { useReferencePoints, useRemedyChange } from './queries';
import { emptySymbolicForm, symbolicFormFrom, symbolicFromForm, type SymbolicForm } from './form-values';
import { FormModal } from './FormModal';
import { RemediesFindingsField } from './RemediesFindingsField';
import { useRemedyEditor } from './use-remedy-editor';
import { RowActions } from './RowActions';
import { ItemsSection, type ItemColumn } from './ItemsSection';
import { TeamReferencePointsButton } from './TeamReferencePoints';
import type { CaseNames } from './names';

const symbolicTotal = (p: CaseFileRemedyPayment) => p.amount ?? (p.perMonth ?? 0) * (p.months ?? 0);

interface Props {
  caseId: string;
  payments: CaseFileRemedyPayment[];
  names: CaseNames;
}

export function SymbolicSection({ caseId, payments, names }: Props) {
  const [editing, setEditing] = useState<{ payment?: CaseFileRemedyPayment } | null>(null);
  const remove = useRemedyChange(caseId, 'remedy.deletePayment');
  return (
    <ItemsSection
      title="Symbolic payments"
      addLabel="Add symbolic payment"
      onAdd={() => setEditing({})}
      buttons={<TeamReferencePointsButton />}
      emptyText="None yet. Add a payment to recognise distress, time and trouble, uncertainty or lost opportunity."
      tableLabel="Symbolic payments"
      items={payments}
      itemKey={(p) => p.id}
      columns={symbolicColumns(names)}
      rowActions={(p) => (
        <RowActions
          onEdit={() => setEditing({ payment: p })}
          deleteLabel={`Delete symbolic payment ${p.id}`}
          deleteWhat={`the ${SYMBOLIC_PAYMENT_KIND_LABELS[p.kind].toLowerCase()} payment of ${formatPence(symbolicTotal(p))} from ${names.org(p.by)} to ${names.person(p.to)}`}
          onDelete={() => remove.mutateAsync({ paymentId: p.id })}
        />
      )}
    >
      {editing && (
        <SymbolicEditor caseId={caseId} payment={editing.payment} names={names} onDone={() => setEditing(null)} />
      )}
    </ItemsSection>
  );
}

const symbolicColumns = (names: CaseNames): Array<ItemColumn<CaseFileRemedyPayment>> => [
  { header: 'Kind', cell: (p) => SYMBOLIC_PAYMENT_KIND_LABELS[p.kind] },
  { header: 'From', cell: (p) => names.org(p.by) },
  { header: 'To', cell: (p) => names.person(p.to) },
  {
    header: 'Amount',
    align: 'right',
    nowrap: true,
    cell: (p) => (
      <>
        {formatPence(symbolicTotal(p))}
        {p.perMonth !== undefined && (
          <Text size="xs" c="dimmed">
            {formatPence(p.perMonth)} a month × {p.months}
          </Text>
        )}
      </>
    ),
  },
  { header: 'Reason', cell: (p) => p.reason ?? '—' },
];

function SymbolicEditor(props: { caseId: string; payment?: CaseFileRemedyPayment; names: CaseNames; onDone(): void }) {
  const { caseId, payment, names, onDone } = props;
  const {
    form,
    values: v,
    errors,
    modalProps,
  } = useRemedyEditor({
    caseId,
    journalKey: `symbolic:${payment?.id ?? 'new'}`,
    initial: payment
      ? symbolicFormFrom(payment)
      : emptySymbolicForm(names.people[0]?.value ?? '', names.orgs[0]?.value ?? ''),
    convert: symbolicFromForm,
    channel: 'remedy.savePayment',
    toInput: (value) => ({ payment: { ...value, ...(payment ? { id: payment.id } : {}) } }),
    errorPrefix: 'payment.',
    savedMessage: () => 'Saved the symbolic payment',
    onDone,
  });

  if (!form.ready) return null;
  return (
    <FormModal
      {...modalProps}
      title={payment ? 'Edit symbolic payment' : 'Add a symbolic payment'}
      size="xl"
      submitLabel="Save payment"
    >
      <SimpleGrid cols={3}>
        <Select
          label="Kind"
          data={SYMBOLIC_PAYMENT_KINDS.map((k) => ({ value: k, label: SYMBOLIC_PAYMENT_KIND_LABELS[k] }))}
          value={v.kind}
          onChange={(x) => x && form.set('kind', x as SymbolicPaymentKind)}
          allowDeselect={false}
        />
        <Select
          label="Paid by"
          data={names.orgs}
          value={v.by || null}
          onChange={(x) => form.set('by', x ?? '')}
          allowDeselect={false}
          error={errors.by}
        />
        <Select
          label="Paid to"
          data={names.people}
          value={v.to || null}
          onChange={(x) => form.set('to', x ?? '')}
          allowDeselect={false}
          error={errors.to}
        />
      </SimpleGrid>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap="xs" w={300}>
          <SegmentedControl
            aria-label="Lump sum or monthly"
            value={v.mode}
            onChange={(x) => form.set('mode', x as SymbolicForm['mode'])}
            data={[
              { value: 'lump', label: 'Lump sum' },
              { value: 'monthly', label: 'A month × months' },
            ]}
          />
          {v.mode === 'lump' ? (
            <TextInput
              label="Amount"
              leftSection="£"
              placeholder="e.g. 500"
              value={v.amount}
              onChange={(e) => form.set('amount', e.currentTarget.value.replace(/^£/, ''))}
              error={errors.amount}
              data-autofocus
            />
          ) : (
            <Group grow align="flex-start">
              <TextInput
                label="Per month"
                leftSection="£"
                value={v.perMonth}
                onChange={(e) => form.set('perMonth', e.currentTarget.value.replace(/^£/, ''))}
                error={errors.perMonth}
                data-autofocus
              />
              <TextInput
                label="Months"
                value={v.months}
                onChange={(e) => form.set('months', e.currentTarget.value)}
                error={errors.months}
              />
            </Group>
          )}
        </Stack>
        <ReferencePointsBeside
          kind={v.kind}
          onUse={(point) =>
            form.change(
              point.amount !== undefined
                ? { mode: 'lump', amount: formatPenceForInput(point.amount) }
                : { mode: 'monthly', perMonth: formatPenceForInput(point.perMonth ?? 0) },
            )
          }
        />
      </Group>
      <RemediesFindingsField
        caseId={caseId}
        by={v.by ? [v.by] : []}
        value={v.findings}
        onChange={(x) => form.set('findings', x)}
        orgName={names.org}
      />
      <Textarea
        label="Reason"
        description="What the payment recognises, in a sentence for the letter"
        autosize
        minRows={2}
        value={v.reason}
        onChange={(e) => form.set('reason', e.currentTarget.value)}
        error={errors.reason}
      />
    </FormModal>
  );
}

interface Point {
  kind: string;
  amount?: number;
  perMonth?: number;
  source: string;
}

/** Amounts seen in decisions for this kind of payment, and the team's own; choosing one fills the field. */
function ReferencePointsBeside({ kind, onUse }: { kind: SymbolicPaymentKind; onUse(point: Point): void }) {
  const points = useReferencePoints();
  const rank = (p: Point) => (p.amount !== undefined ? p.amount : 1e12 + (p.perMonth ?? 0));
  const of = (list: Point[] | undefined) =>
    (list ?? []).filter((p) => p.kind === kind).sort((a, b) => rank(a) - rank(b));
  const builtIn = of(points.data?.builtIn);
  const team = of(points.data?.team);
  const show = (p: Point, i: number) => (
    <List.Item key={i}>
      <UnstyledButton onClick={() => onUse(p)} title={`Use ${amountText(p)}`}>
        <Text size="sm" span fw={600} c="indigo">
          {amountText(p)}
        </Text>{' '}
        <Text size="xs" span c="dimmed">
          {p.source}
        </Text>
      </UnstyledButton>
    </List.Item>
  );
  return (
    <Paper withBorder p="xs" bg="gray.0" style={{ flex: 1 }} aria-label="Reference points">
      <Text size="sm" fw={600}>
        Reference points — not a tariff
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        Amounts seen in S117 decisions. The Ombudsman publishes no tariff: weigh this case on its own facts.
      </Text>
      {builtIn.length + team.length === 0 && (
        <Text size="xs" c="dimmed">
          None recorded for this kind of payment.
        </Text>
      )}
      <ScrollArea.Autosize mah={210} type="auto">
        {team.length > 0 && (
          <>
            <Text size="xs" fw={600}>
              Your team’s reference points
            </Text>
            <List size="sm" spacing={2} listStyleType="none" mb={6}>
              {team.map(show)}
            </List>
          </>
        )}
        <List size="sm" spacing={2} listStyleType="none">
          {builtIn.map(show)}
        </List>
      </ScrollArea.Autosize>
    </Paper>
  );
}

const amountText = (p: Point) =>
  p.amount !== undefined ? formatPence(p.amount) : `${formatPence(p.perMonth ?? 0)} a month`;
