// The letter checks of a draft, listed above the editor: errors (which block approval) then
// warnings, each with a link to where it is fixed. Decision lines that no longer follow from the
// findings are updated here in one click.
import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import type { LetterCheck } from '../../../shared/letters/checks/types';
import type { LetterDetail } from '../../../shared/ipc/channels/letters';
import { useUpdateDecisionLines } from './queries';

const FIX_LINKS: Record<Exclude<LetterCheck['fix'], 'letter' | 'settings'>, { path: string; label: string }> = {
  complaint: { path: 'complaint', label: 'Record the complaint' },
  findings: { path: 'findings', label: 'Open findings' },
  remedies: { path: 'remedies', label: 'Open remedies' },
  case: { path: 'edit', label: 'Edit the case' },
};

function FixLink({ caseId, letterId, check }: { caseId: string; letterId: string; check: LetterCheck }) {
  const update = useUpdateDecisionLines(caseId, letterId);
  if (check.fix === 'settings')
    return (
      <Text span size="sm">
        Set your name with “Investigator” at the top of the window.
      </Text>
    );
  if (check.fix === 'letter') {
    if (!check.message.includes('Update the decision lines')) return null;
    return (
      <Button
        size="compact-xs"
        variant="light"
        loading={update.isPending}
        onClick={() =>
          update.mutate(undefined, {
            onSuccess: () =>
              notifications.show({ message: 'Decision lines updated from the findings', color: 'green' }),
          })
        }
      >
        Update the decision lines
      </Button>
    );
  }
  const link = FIX_LINKS[check.fix];
  const path = link.path === 'edit' ? `/cases/${caseId}/edit` : `/cases/${caseId}/${link.path}`;
  return (
    <Anchor component={Link} to={path} size="sm">
      {link.label}
    </Anchor>
  );
}

export function LetterChecks({ caseId, detail }: { caseId: string; detail: LetterDetail }) {
  if (detail.status !== 'draft' || detail.checks.length === 0) return null;
  const errors = detail.checks.filter((c) => c.severity === 'error');
  const warnings = detail.checks.filter((c) => c.severity === 'warning');
  const item = (check: LetterCheck, i: number) => (
    <List.Item key={`${check.check}-${i}`}>
      <Stack gap={2}>
        <Text size="sm">
          <Text span fw={700} size="sm">
            {check.check}
          </Text>{' '}
          {check.message}
        </Text>
        <FixLink caseId={caseId} letterId={detail.id} check={check} />
      </Stack>
    </List.Item>
  );
  return (
    <Stack gap="xs" aria-label="Letter checks">
      {errors.length > 0 && (
        <Alert
          color="red"
          title={`${errors.length === 1 ? 'One check fails' : `${errors.length} checks fail`}: this letter cannot be approved until ${errors.length === 1 ? 'it is' : 'they are'} fixed`}
        >
          <List spacing={6}>{errors.map(item)}</List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" title="To look at (does not block approval)">
          <List spacing={6}>{warnings.map(item)}</List>
        </Alert>
      )}
    </Stack>
  );
}
