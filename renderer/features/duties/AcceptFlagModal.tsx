// Accepting a flag as a finding: the finding form pre-filled from the flag (its message and
// the standard it cites, its events), for the investigator to word, to choose the organisation
// among those the flag names, and to save.
import { Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../shared/domain/case';
import { faultFromFlag, type DutyFlag, type EventSummary } from '../../../shared/ipc/channels/findings';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { FindingForm } from '../findings/FindingForm';
import { headOptions, personOptions } from '../findings/finding-form-values';
import { useComplaint } from '../complaint/queries';
import { useAcceptFlag } from './queries';

export function AcceptFlagModal(props: {
  caseDetail: CaseDetail;
  asAt: string | null;
  flag: DutyFlag | null;
  events: ReadonlyMap<string, EventSummary>;
  onClose: () => void;
}) {
  const accept = useAcceptFlag(props.caseDetail.id);
  const complaint = useComplaint(props.caseDetail.id);
  const flag = props.flag;
  const orgs = props.caseDetail.organisations;
  const choices = flag && flag.orgs.length > 0 ? orgs.filter((o) => flag.orgs.includes(o.id)) : orgs;
  return (
    <Modal opened={flag !== null} onClose={props.onClose} title="Accept as a finding" size="lg">
      {flag && (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            From {flag.rule} ({formatUkDate(flag.date)}). Edit the wording as it should read in the decision.
          </Text>
          <FindingForm
            journalKey={`finding:${props.caseDetail.id}:flag:${flag.rule}:${flag.date}`}
            initial={{
              org: choices[0]?.id ?? '',
              fault: faultFromFlag(flag),
              injustice: [],
              causation: '',
              events: flag.events,
              injusticeTo: [],
              heads: [],
            }}
            personOptions={personOptions(props.caseDetail)}
            headOptions={headOptions(complaint.data)}
            orgOptions={choices.map((o) => ({ value: o.id, label: o.name }))}
            eventOptions={null}
            fixedEvents={flag.events.map((id) => props.events.get(id)?.label ?? id)}
            submitLabel="Save finding"
            askInjustice
            onSave={async (values) => {
              const saved = await accept.mutateAsync({
                rule: flag.rule,
                date: flag.date,
                org: values.org,
                asAt: props.asAt,
                finding: {
                  fault: values.fault,
                  injustice: values.injustice,
                  causation: values.causation || null,
                  ...(values.injustice.length > 0 && values.injusticeTo.length > 0
                    ? { injusticeTo: values.injusticeTo }
                    : {}),
                  ...(values.heads.length > 0 ? { heads: values.heads } : {}),
                },
              });
              notifications.show({ message: `Saved finding ${saved.id}`, color: 'green' });
            }}
            onDone={props.onClose}
          />
        </>
      )}
    </Modal>
  );
}
