// The investigator's name: the "who" of every change in the audit log.
import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useUpdateSettings } from './queries';
import { fieldErrors } from '../../ipc/client';

export function NameForm({ initial, onDone }: { initial: string; onDone: () => void }) {
  const [name, setName] = useState(initial);
  const update = useUpdateSettings();
  const error = fieldErrors(update.error).investigatorName;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(name, { onSuccess: onDone });
      }}
    >
      <TextInput
        label="Your name"
        description="Recorded in each case's history as the person who made a change."
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={error}
        data-autofocus
      />
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={update.isPending}>
          Save name
        </Button>
      </Group>
    </form>
  );
}
