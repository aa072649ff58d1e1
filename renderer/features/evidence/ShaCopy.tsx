// A SHA-256 shown short, with the whole fingerprint on hover and a button to copy it.
import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { shortSha } from './evidence-format';

const CopyIcon = () => (
  <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
    <rect x="8" y="8" width="13" height="13" rx="2" />
    <path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3" />
  </svg>
);

const CheckIcon = () => (
  <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" aria-hidden>
    <path d="M5 12l5 5L20 7" />
  </svg>
);

export function ShaCopy({ sha256 }: { sha256: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={sha256} openDelay={400}>
        <Text size="xs" ff="monospace">
          {shortSha(sha256)}…
        </Text>
      </Tooltip>
      <CopyButton value={sha256} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy the full SHA-256'}>
            <ActionIcon
              variant="subtle"
              size="sm"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={`Copy SHA-256 ${shortSha(sha256)}`}
            >
              {copied ? <CheckIcon /> : <CopyIcon />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
