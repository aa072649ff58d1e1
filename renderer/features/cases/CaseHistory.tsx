// The case's history: the audit log in words — when, who, and what changed.
import { Alert, Loader, List, Text, Timeline } from '@mantine/core';
import { useCaseHistory } from './queries';
import { formatDateTime } from '../../../shared/dates/date-time';

const when = formatDateTime;

export function CaseHistory({ caseId }: { caseId: string }) {
  const history = useCaseHistory(caseId);
  if (history.error) return <Alert color="red">{history.error.message}</Alert>;
  if (!history.data) return <Loader />;
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label="Case history">
      {[...history.data].reverse().map((entry) => (
        <Timeline.Item key={entry.seq} title={entry.summary}>
          <Text size="xs" c="dimmed">
            {when(entry.at)} by {entry.actor}
          </Text>
          {entry.changes.length > 0 && (
            <List size="sm" mt={4}>
              {entry.changes.map((change, i) => (
                <List.Item key={i}>{change}</List.Item>
              ))}
            </List>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
