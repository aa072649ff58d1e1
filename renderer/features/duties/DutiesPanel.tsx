// The Duties tab: the duty check as at a date, every duty with its status, the events and
// evidence behind it and its flags, and the decisions on each flag (accept as a finding,
// dismiss with a reason, restore). Flags of rules that belong to no duty are listed after.
import { useMemo, useState } from 'react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../shared/domain/case';
import type { DutyFlag } from '../../../shared/ipc/channels/findings';
import { formatUkDate, isCalendarDate, todayInLondon } from '../../../shared/dates/calendar-date';
import { useDutiesCheck, useRestoreFlag } from './queries';
import { DutiesHeader } from './DutiesHeader';
import { DutyCard } from './DutyCard';
import { FlagItem } from './FlagItem';
import { AcceptFlagModal } from './AcceptFlagModal';
import { DismissFlagModal } from './DismissFlagModal';

export function DutiesPanel({ caseDetail }: { caseDetail: CaseDetail }) {
  const caseId = caseDetail.id;
  const defaultAsAt = caseDetail.asAt ?? todayInLondon();
  const [asAtInput, setAsAtInput] = useState(defaultAsAt);
  const asAt = isCalendarDate(asAtInput) ? asAtInput : defaultAsAt;
  const result = useDutiesCheck(caseId, asAt);
  const restore = useRestoreFlag(caseId);
  const [accepting, setAccepting] = useState<DutyFlag | null>(null);
  const [dismissing, setDismissing] = useState<DutyFlag | null>(null);
  const events = useMemo(() => new Map((result.data?.events ?? []).map((e) => [e.id, e])), [result.data]);

  if (result.error) return <Alert color="red">{result.error.message}</Alert>;
  if (!result.data) return <Loader />;
  const data = result.data;
  const orgName = (id: string) => caseDetail.organisations.find((o) => o.id === id)?.name ?? id;
  const restoreFlag = (f: DutyFlag) =>
    restore.mutate(
      { rule: f.rule, date: f.date },
      { onSuccess: () => notifications.show({ message: `Restored ${f.rule} (${formatUkDate(f.date)})` }) },
    );
  const restoring =
    restore.isPending && restore.variables ? `${restore.variables.rule} ${restore.variables.date}` : null;
  const flagHandlers = {
    orgName,
    onAccept: setAccepting,
    onDismiss: setDismissing,
    onRestore: restoreFlag,
    restoring,
  };

  return (
    <Stack>
      <DutiesHeader
        caseDetail={caseDetail}
        check={data.check}
        asAtInput={asAtInput}
        onAsAtChange={setAsAtInput}
        onAsAtReset={() => setAsAtInput(defaultAsAt)}
        defaultAsAt={defaultAsAt}
      />
      {restore.error && <Alert color="red">{restore.error.message}</Alert>}
      <Title order={3} size="h4">
        Duties as at {formatUkDate(data.asAt)}
      </Title>
      {data.duties.map((duty) => (
        <DutyCard key={duty.id} caseId={caseId} duty={duty} events={events} {...flagHandlers} />
      ))}
      {data.otherFlags.length > 0 && (
        <section aria-label="Other flags">
          <Title order={3} size="h4" mb="xs">
            Other flags
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Flags that belong to no single duty: eligibility, section 17 leave, the time taken to complain.
          </Text>
          <Stack gap="xs">
            {data.otherFlags.map((f) => (
              <FlagItem
                key={`${f.rule} ${f.date}`}
                flag={f}
                orgName={orgName}
                onAccept={() => setAccepting(f)}
                onDismiss={() => setDismissing(f)}
                onRestore={() => restoreFlag(f)}
                restoring={restoring === `${f.rule} ${f.date}`}
              />
            ))}
          </Stack>
        </section>
      )}
      <AcceptFlagModal
        caseDetail={caseDetail}
        asAt={asAt}
        flag={accepting}
        events={events}
        onClose={() => setAccepting(null)}
      />
      <DismissFlagModal caseId={caseId} flag={dismissing} onClose={() => setDismissing(null)} />
    </Stack>
  );
}
