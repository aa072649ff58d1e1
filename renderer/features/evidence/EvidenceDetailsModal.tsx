// Editing a document's details: title, the date it was written, the organisation that wrote it
// (from the case's organisations), tags and notes. The back end records each change in the
// case's history; refusals show beside the field.
import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../shared/domain/case';
import type { EvidenceDetailView } from '../../../shared/domain/evidence';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { fieldErrors } from '../../ipc/client';
import { useUpdateEvidence } from './queries';
import { UkDateInput } from '../../app/UkDateInput';

interface DetailsForm {
  title: string;
  documentDate: string;
  authorOrg: string | null;
  tags: string[];
  notes: string;
}

const formOf = (item: EvidenceDetailView): DetailsForm => ({
  title: item.title,
  documentDate: item.documentDate ?? '',
  authorOrg: item.authorOrg,
  tags: item.tags,
  notes: item.notes,
});

export function EvidenceDetailsButton({ caseDetail, item }: { caseDetail: CaseDetail; item: EvidenceDetailView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        Edit details…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Details of ${item.title}`} size="lg">
        {open && <DetailsFormBody caseDetail={caseDetail} item={item} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

function DetailsFormBody({
  caseDetail,
  item,
  onDone,
}: {
  caseDetail: CaseDetail;
  item: EvidenceDetailView;
  onDone: () => void;
}) {
  const [form, setForm] = useState<DetailsForm>(() => formOf(item));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useUpdateEvidence(caseDetail.id, item.id);
  const serverErrors = { ...fieldErrors(save.error, 'patch.') };
  const errors = { ...serverErrors, ...localErrors };
  const set = <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = () => {
    const problems: Record<string, string> = {};
    if (!form.title.trim()) problems.title = 'Enter a title';
    if (form.documentDate && !isCalendarDate(form.documentDate)) problems.documentDate = 'Enter a real date';
    setLocalErrors(problems);
    if (Object.keys(problems).length) return;
    save.mutate(
      {
        title: form.title.trim(),
        documentDate: form.documentDate || null,
        authorOrg: form.authorOrg,
        tags: form.tags.map((t) => t.trim()).filter(Boolean),
        notes: form.notes,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Details saved.' });
          onDone();
        },
      },
    );
  };

  const otherError = save.error && Object.keys(serverErrors).length === 0 ? save.error.message : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack>
        <TextInput
          label="Title"
          required
          data-autofocus
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
        />
        <UkDateInput
          label="Date of the document"
          description="The date it was written or sent, not the date it was imported."
          value={form.documentDate}
          onChange={(v) => set('documentDate', v)}
          error={errors.documentDate}
        />
        <Select
          label="Written by"
          placeholder={
            caseDetail.organisations.length ? 'Choose an organisation' : 'Add organisations to the case first'
          }
          data={caseDetail.organisations.map((o) => ({ value: o.id, label: o.name }))}
          value={form.authorOrg}
          onChange={(v) => set('authorOrg', v)}
          clearable
          searchable
          error={errors.authorOrg}
        />
        <TagsInput
          label="Tags"
          description="Press Enter after each tag."
          value={form.tags}
          onChange={(v) => set('tags', v)}
          error={errors.tags}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={3}
          maxRows={10}
          value={form.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
          error={errors.notes}
        />
        {otherError && (
          <Stack gap={0} role="alert" c="red" fz="sm">
            {otherError}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
