// The chronology's filters: organisation, event types, events without a citation, and words.
import { Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import type { EventType } from '../../../shared/domain/vocabulary';
import { NO_ORG, type ChronologyFilters } from './chronology-rows';
import { EVENT_TYPE_OPTIONS } from './event-options';

interface Props {
  filters: ChronologyFilters;
  organisations: Array<{ id: string; name: string }>;
  onChange: (filters: ChronologyFilters) => void;
}

export function ChronologyFilterBar({ filters, organisations, onChange }: Props) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label="Filter the chronology">
      <Select
        label="Organisation"
        placeholder="All organisations"
        clearable
        w={230}
        data={[
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
          { value: NO_ORG, label: 'No organisation' },
        ]}
        value={filters.org}
        onChange={(org) => onChange({ ...filters, org })}
      />
      <MultiSelect
        label="Event type"
        placeholder={filters.types.length ? undefined : 'All types'}
        searchable
        clearable
        w={300}
        maxDropdownHeight={320}
        data={EVENT_TYPE_OPTIONS}
        value={filters.types}
        onChange={(types) => onChange({ ...filters, types: types as EventType[] })}
      />
      <TextInput
        label="Search"
        placeholder="Words in the description, quote or document"
        w={280}
        value={filters.text}
        onChange={(e) => onChange({ ...filters, text: e.currentTarget.value })}
      />
      <Checkbox
        mb={8}
        label="Has no citation"
        checked={filters.withoutCitation}
        onChange={(e) => onChange({ ...filters, withoutCitation: e.currentTarget.checked })}
      />
    </Group>
  );
}
