// The Remedies tab of a case, in the order remedies are considered: the financial loss (payments,
// offsets, interest and apportionment, the calculation), symbolic payments, who pays what to
// whom (picture, totals, words), and the agreed actions with their deadlines and status.
import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../shared/domain/case';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import { useRemedy } from './queries';
import { caseNames } from './names';
import { PaymentsSection } from './PaymentsSection';
import { OffsetsSection } from './OffsetsSection';
import { ChoicesSection } from './ChoicesSection';
import { CalculationSection } from './CalculationSection';
import { SymbolicSection } from './SymbolicSection';
import { WhoPaysSection } from './WhoPaysSection';
import { ActionsSection } from './ActionsSection';

export function RemediesTab({ caseDetail }: { caseDetail: CaseDetail }) {
  const caseId = caseDetail.id;
  const remedy = useRemedy(caseId);
  if (remedy.error) return <Alert color="red">{remedy.error.message}</Alert>;
  if (!remedy.data) return <Loader />;
  const view = remedy.data;
  const names = caseNames(caseDetail);
  const output = view.result.ok ? view.result.output : view.result.provisional;
  const unapplied = new Map((view.explanation?.offsets ?? []).map((o) => [o.offset, o.unapplied]));

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Amounts and interest as at {formatLongDate(view.asAt)}
        {caseDetail.asAt ? ' (the case’s as-at date)' : ' (today)'}.
      </Text>
      {!view.result.ok &&
        (view.result.code === 'apportionment_needed' ? (
          <Alert color="yellow" title="Split the financial loss between the bodies" role="status">
            {view.result.message.replace(/^apportionment needed: /, '').replace(/ \(remedy\.apportionment.*\)$/, '')}.
            Set the percentages under “Interest and apportionment” below; until then the refund is shown as not yet
            apportioned.
          </Alert>
        ) : (
          <Alert color="red" title="The remedy cannot be calculated">
            {view.result.message}
          </Alert>
        ))}
      <PaymentsSection caseId={caseId} payments={view.payments} names={names} />
      <OffsetsSection caseId={caseId} offsets={view.offsets} payments={view.payments} unapplied={unapplied} />
      <ChoicesSection caseId={caseId} remedy={view.remedy} names={names} />
      {output && view.explanation && (
        <CalculationSection output={output} explanation={view.explanation} payments={view.payments} names={names} />
      )}
      <SymbolicSection caseId={caseId} payments={view.remedy.payments ?? []} names={names} />
      {output && (
        <WhoPaysSection
          output={output}
          explanation={view.explanation}
          words={view.words}
          names={names}
          provisional={!view.result.ok}
        />
      )}
      <ActionsSection
        caseId={caseId}
        actions={view.actions}
        deadlinesFrom={view.deadlinesFrom}
        hasFinalDecision={caseDetail.finalDecisionDate !== null}
        names={names}
      />
    </Stack>
  );
}
