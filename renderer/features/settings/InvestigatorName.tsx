// The investigator's name in the title bar; click to change it.
import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useSettings } from './queries';
import { NameForm } from './NameForm';

export function InvestigatorName() {
  const settings = useSettings();
  const [opened, { open, close }] = useDisclosure(false);
  if (!settings.data) return null;
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={open} aria-label={`${settings.data.investigatorName}: change your name`}>
        {settings.data.investigatorName}
      </Button>
      <Modal opened={opened} onClose={close} title="Your name" centered>
        <NameForm initial={settings.data.investigatorName} onDone={close} />
      </Modal>
    </>
  );
}
