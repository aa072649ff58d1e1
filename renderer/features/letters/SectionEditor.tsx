// One section of a letter as editable text (see section-text.ts for the markup). What is typed is
// journalled per letter and section, so a reload keeps it; Ctrl+S (or Save) saves the section.
// "Regenerate from the case" shows what the template would write now, as a diff, to accept or not.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { LetterSection } from '../../../shared/letters/model';
import { useDraftJournal } from '../../drafts/use-draft-journal';
import { RestoredDraftNotice } from '../cases/RestoredDraftNotice';
import { sectionToText, textToSection } from './section-text';
import { useRegenerateSection, useSaveSection } from './queries';
import { RegenerateModal } from './RegenerateModal';

export interface SectionEdit {
  heading: string;
  text: string;
}

export function SectionEditor(props: {
  caseId: string;
  letterId: string;
  section: LetterSection;
  updatedAt: string;
  readOnly: boolean;
  edit: SectionEdit | undefined;
  onEdit: (edit: SectionEdit | null) => void;
}) {
  const { caseId, letterId, section, readOnly, edit, onEdit } = props;
  const journal = useDraftJournal<SectionEdit>(`letter:${caseId}:${letterId}:${section.id}`, props.updatedAt);
  const save = useSaveSection(caseId, letterId);
  const regenerate = useRegenerateSection(caseId, letterId);
  const [diff, setDiff] = useState<{ current: string; regenerated: LetterSection } | null>(null);
  const savedText = sectionToText(section);
  const value = edit ?? { heading: section.heading, text: savedText };
  const dirty = edit !== undefined && (edit.heading !== section.heading || edit.text !== savedText);
  const restoredOnce = useRef(false);

  useEffect(() => {
    if (!journal.ready || restoredOnce.current) return;
    restoredOnce.current = true;
    const restored = journal.restored?.value;
    if (!restored) return;
    if (readOnly || (restored.heading === section.heading && restored.text === savedText)) {
      void journal.clear();
      return;
    }
    onEdit(restored);
  }, [journal, readOnly, section.heading, savedText, onEdit]);

  const change = (next: SectionEdit) => {
    onEdit(next);
    journal.record(next);
  };

  const persist = (next: SectionEdit) =>
    save.mutate(
      { sectionId: section.id, section: textToSection(next.text, section, next.heading.trim()) },
      {
        onSuccess: async () => {
          await journal.clear();
          onEdit(null);
          notifications.show({ message: `Saved “${next.heading.trim() || 'Untitled section'}”`, color: 'green' });
        },
      },
    );

  const submit = () => {
    if (dirty) persist(value);
  };

  const askRegenerate = () =>
    regenerate.mutate(section.id, {
      onSuccess: ({ regenerated }) => setDiff({ current: value.text, regenerated }),
    });

  return (
    <Paper withBorder p="sm" component="section" aria-label={`Section ${value.heading || section.id}`}>
      <Stack gap="xs">
        {journal.restored && !readOnly && edit && (
          <RestoredDraftNotice
            savedAt={journal.restored.savedAt}
            onKeep={journal.dismissNotice}
            onDiscard={async () => {
              await journal.clear();
              onEdit(null);
            }}
          />
        )}
        <TextInput
          label="Heading"
          value={value.heading}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : 'default'}
          onChange={(e) => change({ ...value, heading: e.currentTarget.value })}
          onKeyDown={getHotkeyHandler([['mod+S', submit]])}
        />
        <Textarea
          label="Text"
          autosize
          minRows={3}
          maxRows={24}
          value={value.text}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : 'default'}
          onChange={(e) => change({ ...value, text: e.currentTarget.value })}
          onKeyDown={getHotkeyHandler([['mod+S', submit]])}
          styles={{ input: { fontSize: 13, lineHeight: 1.45 } }}
        />
        {save.error && (
          <Alert color="red" title="Not saved">
            {save.error.message}
          </Alert>
        )}
        {regenerate.error && (
          <Alert color="red" title="Could not regenerate">
            {regenerate.error.message}
          </Alert>
        )}
        {!readOnly && (
          <Group justify="space-between">
            <Text size="xs" c={dirty ? 'orange.8' : 'dimmed'}>
              {dirty ? 'Unsaved changes (Ctrl+S saves)' : 'Saved'}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={askRegenerate} loading={regenerate.isPending}>
                Regenerate from the case
              </Button>
              <Button size="xs" onClick={submit} disabled={!dirty} loading={save.isPending}>
                Save section
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
      {diff && (
        <RegenerateModal
          heading={value.heading || section.heading}
          current={diff.current}
          regenerated={sectionToText(diff.regenerated)}
          saving={save.isPending}
          onClose={() => setDiff(null)}
          onAccept={() => {
            const next = { heading: diff.regenerated.heading, text: sectionToText(diff.regenerated) };
            save.mutate(
              { sectionId: section.id, section: diff.regenerated },
              {
                onSuccess: async () => {
                  await journal.clear();
                  onEdit(null);
                  setDiff(null);
                  notifications.show({ message: `Regenerated “${next.heading}” from the case`, color: 'green' });
                },
              },
            );
          }}
        />
      )}
    </Paper>
  );
}
