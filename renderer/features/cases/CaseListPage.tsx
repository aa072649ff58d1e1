// The list of cases: search by reference or name, filter by stage, sort by date received, and
// show only the closed cases kept longer than the retention period (due for deletion).
import { useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Kbd,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { Link, useNavigate } from 'react-router';
import { useCaseList } from './queries';
import { useSettings, useUpdateSettings } from '../settings/queries';
import { ImportCaseMenu } from '../case-files/ImportCaseMenu';
import { DueSoonPanel } from '../compliance/DueSoonPanel';
import { STAGES, STAGE_LABELS, type Stage } from '../../../shared/domain/vocabulary';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import type { CaseSort } from '../../../shared/domain/case';

const SORTS: Array<{ value: CaseSort; label: string }> = [
  { value: 'received_desc', label: 'Received: newest first' },
  { value: 'received_asc', label: 'Received: oldest first' },
  { value: 'updated_desc', label: 'Recently changed' },
];

export function CaseListPage() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  const [sort, setSort] = useState<CaseSort>('received_desc');
  const [debounced] = useDebouncedValue(search, 150);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  const [dueForDeletion, setDueForDeletion] = useState(false);
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const retentionYears = settings.data?.retentionYears ?? 6;
  const cases = useCaseList({
    search: debounced || undefined,
    stage,
    sort,
    dueForDeletion: dueForDeletion || undefined,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Cases</Title>
        <Group gap="xs">
          <ImportCaseMenu />
          <Button component={Link} to="/cases/new">
            New case
          </Button>
        </Group>
      </Group>
      <DueSoonPanel />
      <Group align="flex-end">
        <TextInput
          ref={searchRef}
          label="Search"
          placeholder="Reference, title, person or organisation"
          rightSection={<Kbd size="xs">/</Kbd>}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={340}
        />
        <Select
          label="Stage"
          placeholder="Any stage"
          clearable
          data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          value={stage}
          onChange={(v) => setStage(v as Stage | null)}
          w={200}
        />
        <Select
          label="Sort"
          data={SORTS}
          value={sort}
          onChange={(v) => v && setSort(v as CaseSort)}
          allowDeselect={false}
          w={220}
        />
        <Switch
          label={`Closed more than ${retentionYears} years ago`}
          checked={dueForDeletion}
          onChange={(e) => setDueForDeletion(e.currentTarget.checked)}
          mb={8}
        />
        {dueForDeletion && (
          <NumberInput
            label="Keep closed cases for (years)"
            min={1}
            max={100}
            allowDecimal={false}
            value={retentionYears}
            onChange={(v) =>
              typeof v === 'number' && v >= 1 && v <= 100 && updateSettings.mutate({ retentionYears: v })
            }
            w={200}
          />
        )}
      </Group>
      {cases.error && <Alert color="red">{cases.error.message}</Alert>}
      {cases.data && cases.data.length === 0 && (
        <Text c="dimmed">
          {dueForDeletion
            ? `No case was closed more than ${retentionYears} years ago.`
            : search || stage
              ? 'No case matches.'
              : 'No cases yet. Create one with “New case”.'}
        </Text>
      )}
      {cases.data && cases.data.length > 0 && (
        <Table highlightOnHover striped aria-label="Cases">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>People</Table.Th>
              <Table.Th>Received</Table.Th>
              <Table.Th>Stage</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.data.map((c) => (
              <Table.Tr
                key={c.id}
                style={{ cursor: 'pointer' }}
                tabIndex={0}
                onClick={() => navigate(`/cases/${c.id}`)}
                onKeyDown={(e) => e.key === 'Enter' && navigate(`/cases/${c.id}`)}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.reference ?? '—'}</Table.Td>
                <Table.Td>{c.title}</Table.Td>
                <Table.Td>{c.people.join(', ')}</Table.Td>
                <Table.Td>{formatUkDate(c.received)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {/* The stage in full: a clipped "DRAFT DECI…" reads as nothing. */}
                  <Badge variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                    {STAGE_LABELS[c.stage]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
