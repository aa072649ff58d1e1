// One case: its header and tabs (overview, history; later areas add their own tabs here).
import { useEffect } from 'react';
import { Alert, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useCase } from './queries';
import { CASE_TABS } from './case-tabs';
import { DeleteCaseButton } from './DeleteCaseButton';
import { ExportCaseMenu } from '../case-files/ExportCaseMenu';
import { STAGE_LABELS } from '../../../shared/domain/vocabulary';

export function CasePage() {
  const params = useParams();
  const caseId = params.caseId!;
  const tab = (params['*'] ?? '').split('/')[0] || 'overview';
  const navigate = useNavigate();
  const client = useQueryClient();
  const prefetchTab = (value: string | null) => CASE_TABS.find((t) => t.value === value)?.prefetch?.(client, caseId);
  // Opened at a tab's address: its reads go out alongside the case's own, not after it.
  useEffect(() => {
    CASE_TABS.find((t) => t.value === tab)?.prefetch?.(client, caseId);
  }, [client, caseId, tab]);
  const found = useCase(caseId);
  if (found.error) return <Alert color="red">{found.error.message}</Alert>;
  if (!found.data) return <Loader />;
  const c = found.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text c="dimmed" size="sm">
              {c.reference ?? 'No reference'}
            </Text>
            <Badge variant="light">{STAGE_LABELS[c.stage]}</Badge>
          </Group>
          <Title order={2} size="h3" lineClamp={2} title={c.title}>
            {c.title}
          </Title>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/cases/${c.id}/edit`} variant="default">
            Edit case
          </Button>
          <ExportCaseMenu caseId={c.id} />
          <DeleteCaseButton caseDetail={c} />
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(t) => {
          prefetchTab(t);
          navigate(`/cases/${c.id}/${t === 'overview' ? '' : (t ?? '')}`);
        }}
        keepMounted={false}
        styles={{ tab: { paddingInline: 'var(--mantine-spacing-sm)' } }}
      >
        <Tabs.List>
          {CASE_TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CASE_TABS.map(({ value, Component }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Component caseDetail={c} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
