// The investigator's choices on the financial loss: the interest rate with its recorded reason,
// and how the loss is split between the bodies (whole percentages adding up to 100).
import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IpcCallError, fieldErrors } from '../../ipc/client';
import type { CaseFileRemedy } from '../../../shared/casefile/schema';
import { useRemedyChange } from './queries';
import { useRemedyForm } from './use-remedy-form';
import { choicesFormFrom, choicesFromForm, percentTotal, serverErrors, type ChoicesForm } from './form-values';
import { RestoredDraftNotice } from '../cases/RestoredDraftNotice';
import type { CaseNames } from './names';

interface Props {
  caseId: string;
  remedy: CaseFileRemedy;
  names: CaseNames;
}

export function ChoicesSection({ caseId, remedy, names }: Props) {
  const initial = useMemo(() => choicesFormFrom(remedy), [remedy]);
  const form = useRemedyForm<ChoicesForm>(`remedy:${caseId}:choices`, initial);
  const [submitted, setSubmitted] = useState(false);
  const save = useRemedyChange(caseId, 'remedy.saveChoices');
  const v = form.values;
  const converted = choicesFromForm(v);
  const local = !converted.ok ? converted.errors : {};
  const errors = { ...(submitted ? local : {}), ...form.serverErrors };
  const total = percentTotal(v.apportionment);
  const sumMessage = local.apportionment ?? errors.apportionment;
  const dirty = JSON.stringify(v) !== JSON.stringify(initial);

  const setRow = (i: number, patch: Partial<ChoicesForm['apportionment'][number]>) =>
    form.set('apportionment', (rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const splitEqually = () => {
    form.set('apportionment', (rows) => {
      const n = rows.length;
      const base = Math.floor(100 / Math.max(n, 1));
      return rows.map((r, i) => ({ ...r, percent: String(base + (i < 100 - base * n ? 1 : 0)) }));
    });
  };

  const submit = () => {
    setSubmitted(true);
    if (!converted.ok) return;
    save.mutate(
      { choices: { ...converted.value } },
      {
        onSuccess: async (saved) => {
          await form.reset(choicesFormFrom(saved));
          setSubmitted(false);
          notifications.show({ message: 'Saved interest and apportionment', color: 'green' });
        },
        onError: (err) => form.setServerErrors(serverErrors(fieldErrors(err), 'choices.')),
      },
    );
  };

  if (!form.ready) return null;
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-label="Interest and apportionment"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={getHotkeyHandler([['mod+S', submit]])}
      >
        <Stack>
          <Title order={3} size="h5">
            Interest and apportionment
          </Title>
          {form.restored && (
            <RestoredDraftNotice
              savedAt={form.restored.savedAt}
              onKeep={form.dismissNotice}
              onDiscard={() => form.reset(initial)}
            />
          )}
          {save.error instanceof IpcCallError && save.error.issues.length === 0 && (
            <Alert color="red">{save.error.message}</Alert>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap="xs">
              <TextInput
                label="Interest rate (simple, a year)"
                description="Leave empty for no interest. Courts and the Financial Ombudsman use 8%."
                rightSection="%"
                placeholder="e.g. 8"
                w={260}
                value={v.interestRate}
                onChange={(e) => form.set('interestRate', e.currentTarget.value)}
                error={errors.interestRate ?? errors.interestRatePercent}
              />
              <Textarea
                label="Reason for this rate"
                description="Shown in the letter"
                autosize
                minRows={2}
                value={v.interestReason}
                onChange={(e) => form.set('interestReason', e.currentTarget.value)}
                error={errors.interestReason}
              />
            </Stack>
            <Stack gap="xs" role="group" aria-label="Apportionment">
              <Text size="sm" fw={500}>
                Split of the financial loss between bodies
              </Text>
              {v.apportionment.length === 0 && (
                <Text size="sm" c="dimmed">
                  Not split yet. Add each body that shares the refund.
                </Text>
              )}
              {v.apportionment.map((row, i) => (
                <Group key={i} align="flex-start" wrap="nowrap" role="group" aria-label={`Share ${i + 1}`}>
                  <Select
                    aria-label="Organisation"
                    placeholder="Organisation"
                    data={names.orgs}
                    value={row.org || null}
                    onChange={(x) => setRow(i, { org: x ?? '' })}
                    allowDeselect={false}
                    error={errors[`apportionment.${i}.org`]}
                    style={{ flex: 1 }}
                  />
                  <TextInput
                    aria-label="Percent"
                    rightSection="%"
                    w={90}
                    value={row.percent}
                    onChange={(e) => setRow(i, { percent: e.currentTarget.value })}
                    error={errors[`apportionment.${i}.percent`]}
                  />
                  <ActionIcon
                    mt={6}
                    variant="subtle"
                    color="red"
                    aria-label={`Remove share ${i + 1}`}
                    onClick={() => form.set('apportionment', (rows) => rows.filter((_, j) => j !== i))}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
              {v.apportionment.length > 0 && (
                <Text size="sm" c={sumMessage ? 'red' : total === 100 ? 'teal' : 'dimmed'} role="status">
                  {sumMessage ?? (total === 100 ? 'Adds up to 100%.' : '')}
                </Text>
              )}
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => form.set('apportionment', (rows) => [...rows, { org: '', percent: '' }])}
                >
                  Add a body
                </Button>
                {v.apportionment.length > 1 && (
                  <Button size="xs" variant="subtle" onClick={splitEqually}>
                    Split equally
                  </Button>
                )}
              </Group>
            </Stack>
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!dirty && !form.restored}>
              Save interest and apportionment
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
