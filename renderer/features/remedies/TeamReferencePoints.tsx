// The team's own reference table for symbolic payments: amounts (lump sums or a month) the team
// has agreed or seen, with where each came from, kept for the whole workspace.
import { useState } from 'react';
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { fieldErrors } from '../../ipc/client';
import { formatPenceForInput, parseMoney } from '../../../shared/money';
import { SYMBOLIC_PAYMENT_KINDS, type SymbolicPaymentKind } from '../../../shared/domain/vocabulary';
import { SYMBOLIC_PAYMENT_KIND_LABELS } from '../../../shared/remedies';
import type { TeamReferencePoint } from '../../../shared/ipc/channels/remedies';
import { useReferencePoints, useSaveReferencePoints } from './queries';
import { useRemedyForm } from './use-remedy-form';
import { FormModal } from './FormModal';

interface Row {
  kind: SymbolicPaymentKind;
  per: 'lump' | 'month';
  amount: string;
  source: string;
}

const rowFrom = (p: TeamReferencePoint): Row => ({
  kind: p.kind,
  per: p.perMonth !== undefined ? 'month' : 'lump',
  amount: formatPenceForInput(p.amount ?? p.perMonth ?? 0),
  source: p.source,
});

export function TeamReferencePointsButton() {
  const [open, setOpen] = useState(false);
  const points = useReferencePoints();
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} disabled={!points.data}>
        Team reference points
      </Button>
      {open && points.data && <Editor team={points.data.team} onDone={() => setOpen(false)} />}
    </>
  );
}

function Editor({ team, onDone }: { team: TeamReferencePoint[]; onDone(): void }) {
  const initial = { rows: team.map(rowFrom) };
  const form = useRemedyForm<{ rows: Row[] }>('remedy:reference-points', initial);
  const [submitted, setSubmitted] = useState(false);
  const save = useSaveReferencePoints();
  const rows = form.values.rows;
  const setRow = (i: number, patch: Partial<Row>) =>
    form.set('rows', (current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const local: Record<string, string> = {};
  const points: TeamReferencePoint[] = rows.map((r, i) => {
    const money = parseMoney(r.amount);
    if (!money.ok) local[`${i}.amount`] = `Not an amount: ${money.reason}`;
    if (!r.source.trim()) local[`${i}.source`] = 'Say where this amount was seen';
    const pence = money.ok ? money.pence : 0;
    return { kind: r.kind, ...(r.per === 'lump' ? { amount: pence } : { perMonth: pence }), source: r.source.trim() };
  });
  const errors = { ...(submitted ? local : {}), ...form.serverErrors };

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(local).length > 0) return;
    save.mutate(points, {
      onSuccess: async () => {
        await form.reset(initial);
        notifications.show({ message: 'Saved the team’s reference points', color: 'green' });
        onDone();
      },
      onError: (err) =>
        form.setServerErrors(
          Object.fromEntries(
            Object.entries(fieldErrors(err, 'points')).map(([k, v]) => [k.replace(/^\[(\d+)\]\./, '$1.'), v]),
          ),
        ),
    });
  };

  if (!form.ready) return null;
  return (
    <FormModal
      title="Your team’s reference points"
      size="xl"
      opened
      onClose={onDone}
      onCancel={async () => {
        await form.reset(initial);
        onDone();
      }}
      onSubmit={submit}
      saving={save.isPending}
      submitLabel="Save reference points"
      restored={form.restored}
      onKeepRestored={form.dismissNotice}
      onDiscardRestored={() => form.reset(initial)}
    >
      <Text size="sm" c="dimmed">
        Amounts your team wants to see beside the amount field, with where each was seen. They are shown as reference
        points only, never applied.
      </Text>
      <Stack gap="xs">
        {rows.map((r, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" role="group" aria-label={`Reference point ${i + 1}`}>
            <Select
              aria-label="Kind"
              w={170}
              data={SYMBOLIC_PAYMENT_KINDS.map((k) => ({ value: k, label: SYMBOLIC_PAYMENT_KIND_LABELS[k] }))}
              value={r.kind}
              onChange={(x) => x && setRow(i, { kind: x as SymbolicPaymentKind })}
              allowDeselect={false}
            />
            <TextInput
              aria-label="Amount"
              leftSection="£"
              w={120}
              value={r.amount}
              onChange={(e) => setRow(i, { amount: e.currentTarget.value.replace(/^£/, '') })}
              error={errors[`${i}.amount`]}
            />
            <Select
              aria-label="Lump sum or a month"
              w={120}
              data={[
                { value: 'lump', label: 'lump sum' },
                { value: 'month', label: 'a month' },
              ]}
              value={r.per}
              onChange={(x) => x && setRow(i, { per: x as Row['per'] })}
              allowDeselect={false}
            />
            <TextInput
              aria-label="Where it was seen"
              placeholder="Where it was seen (decision, date)"
              style={{ flex: 1 }}
              value={r.source}
              onChange={(e) => setRow(i, { source: e.currentTarget.value })}
              error={errors[`${i}.source`]}
            />
            <ActionIcon
              mt={6}
              variant="subtle"
              color="red"
              aria-label={`Remove reference point ${i + 1}`}
              onClick={() => form.set('rows', (current) => current.filter((_, j) => j !== i))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              form.set('rows', (current) => [...current, { kind: 'distress', per: 'lump', amount: '', source: '' }])
            }
          >
            Add a reference point
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
