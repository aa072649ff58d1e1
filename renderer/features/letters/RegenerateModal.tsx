// "Regenerate from the case": the section as it is now beside what the template writes from the
// case today, as a line diff; the investigator accepts the regenerated text or keeps their own.
import { Alert, Box, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { diffLines } from './line-diff';

const STYLE = {
  same: { bg: undefined, mark: ' ', c: undefined },
  removed: { bg: 'red.0', mark: '−', c: 'red.9' },
  added: { bg: 'green.0', mark: '+', c: 'green.9' },
} as const;

export function RegenerateModal(props: {
  heading: string;
  current: string;
  regenerated: string;
  saving: boolean;
  onAccept: () => void;
  onClose: () => void;
}) {
  const lines = diffLines(props.current, props.regenerated);
  const changed = lines.some((l) => l.kind !== 'same');
  return (
    <Modal opened onClose={props.onClose} title={`Regenerate “${props.heading}” from the case`} size="xl">
      <Stack>
        {changed ? (
          <Text size="sm">
            Lines marked − are in your text and would go; lines marked + come from the case as it stands now.
          </Text>
        ) : (
          <Alert color="gray">The case gives the same text as you have now.</Alert>
        )}
        <ScrollArea.Autosize mah="60vh" type="auto">
          <Box
            component="pre"
            aria-label="Differences"
            m={0}
            ff="monospace"
            fz={12}
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          >
            {lines.map((line, i) => (
              <Box
                key={i}
                bg={STYLE[line.kind].bg}
                c={STYLE[line.kind].c}
                data-diff={line.kind}
                px={4}
                style={{ display: 'flex' }}
              >
                <span style={{ width: '1.5em', flexShrink: 0 }}>{STYLE[line.kind].mark}</span>
                <span style={{ flex: 1 }}>{line.text || ' '}</span>
              </Box>
            ))}
          </Box>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-autofocus>
            Keep mine
          </Button>
          <Button onClick={props.onAccept} loading={props.saving} disabled={!changed}>
            Accept the regenerated text
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
