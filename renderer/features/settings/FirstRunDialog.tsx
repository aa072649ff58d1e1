// On first run, asks the investigator's name (defaulting to the operating-system user).
import { Modal } from '@mantine/core';
import { useSettings } from './queries';
import { NameForm } from './NameForm';

export function FirstRunDialog() {
  const settings = useSettings();
  if (!settings.data || settings.data.nameConfirmed) return null;
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} title="Welcome to S117 Workbench" centered>
      <NameForm initial={settings.data.investigatorName} onDone={() => undefined} />
    </Modal>
  );
}
