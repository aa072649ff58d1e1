// One case: its header and tabs (overview, history; later areas add their own tabs here).
import { Alert, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useCase } from './queries';
import { CaseOverview } from './CaseOverview';
import { CaseHistory } from './CaseHistory';
import { DeleteCaseButton } from './DeleteCaseButton';
import { STAGE_LABELS } from '../../../shared/domain/vocabulary';

export function CasePage() {
  const params = useParams();
  const caseId = params.caseId!;
  const tab = params['*'] || 'overview';
  const navigate = useNavigate();
  const found = useCase(caseId);
  if (found.error) return <Alert color="red">{found.error.message}</Alert>;
  if (!found.data) return <Loader />;
  const c = found.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Text c="dimmed" size="sm">
            {c.reference ?? 'No reference'}
          </Text>
          <Title order={2}>{c.title}</Title>
          <Badge variant="light" mt={4}>
            {STAGE_LABELS[c.stage]}
          </Badge>
        </div>
        <Group>
          <Button component={Link} to={`/cases/${c.id}/edit`} variant="default">
            Edit case
          </Button>
          <DeleteCaseButton caseDetail={c} />
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(t) => navigate(`/cases/${c.id}/${t === 'overview' ? '' : (t ?? '')}`)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <CaseOverview caseDetail={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <CaseHistory caseId={c.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
