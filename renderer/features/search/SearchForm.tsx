// The search box: runs on Enter or the button, explains the query language in a hint, and
// shows a query the engine cannot run beside the box, in the engine's own words.
import { useEffect, useState } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';

const Term = ({ children }: { children: string }) => (
  <Text span ff="monospace" size="xs" style={{ whiteSpace: 'nowrap' }}>
    {children}
  </Text>
);

/** How to write a search: the engine's phrases, prefixes, OR and exclusions. */
export function SearchHint() {
  return (
    <Text span size="xs">
      All the words must appear. Put an exact phrase in quotes (<Term>"care plan"</Term>); end a word with * for words
      that start with it (<Term>discharg*</Term>); use <Term>OR</Term> between alternatives and <Term>-word</Term> to
      leave a word out.
    </Text>
  );
}

export function SearchForm({
  query,
  onSearch,
  label,
  error,
  searching,
}: {
  query: string;
  onSearch: (query: string) => void;
  label: string;
  error?: string | null;
  searching?: boolean;
}) {
  const [value, setValue] = useState(query);
  useEffect(() => setValue(query), [query]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(value);
      }}
      role="search"
    >
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={label}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && value) {
              e.preventDefault();
              setValue('');
              onSearch('');
            }
          }}
          placeholder='e.g. "section 117" review*'
          error={error}
          style={{ flex: 1 }}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={<SearchHint />}
        />
        <Button type="submit" mt={25} loading={searching}>
          Search
        </Button>
      </Group>
    </form>
  );
}
