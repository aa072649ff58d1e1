// The viewer's controls: previous/next page, a page number box (Enter to go), PageUp/PageDown,
// zoom, how the page's text was read, and "Add to chronology" for the selected words.
import { useEffect, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Select, Text, TextInput, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';

export type Zoom = 'fit' | number;

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

const METHOD_WORDS = { text: 'Text layer', ocr: 'Read by OCR', none: 'No text' } as const;

export function ViewerToolbar({
  page,
  pageCount,
  onPage,
  zoom,
  onZoom,
  pageMethod,
  onAddToChronology,
  selection,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  zoom?: Zoom;
  onZoom?: (zoom: Zoom) => void;
  pageMethod: 'text' | 'ocr' | 'none' | null;
  onAddToChronology: (() => void) | null;
  selection: boolean;
}) {
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  const go = (n: number) => onPage(Math.max(1, Math.min(pageCount, n)));
  const previous = () => page > 1 && go(page - 1);
  const next = () => page < pageCount && go(page + 1);
  useHotkeys([
    ['PageUp', previous],
    ['PageDown', next],
  ]);
  const commitTyped = () => {
    const n = Number(typed);
    if (Number.isInteger(n) && n >= 1 && n <= pageCount) go(n);
    else setTyped(String(page));
  };
  const step = (dir: 1 | -1) => {
    if (!onZoom) return;
    const current = zoom === 'fit' || zoom === undefined ? 1 : zoom;
    const at = ZOOMS.findIndex((z) => z >= current - 0.001);
    const nextZoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (at === -1 ? ZOOMS.length - 1 : at) + dir))]!;
    onZoom(nextZoom);
  };
  return (
    <Group justify="space-between" gap="xs" role="toolbar" aria-label="Pages">
      <Group gap="xs">
        <Tooltip label="Previous page (Page Up)">
          <Button variant="default" size="xs" onClick={previous} disabled={page <= 1}>
            ‹ Previous
          </Button>
        </Tooltip>
        <Group gap={4}>
          <Text size="sm">Page</Text>
          <TextInput
            aria-label="Page number"
            size="xs"
            w={56}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onBlur={commitTyped}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitTyped();
              if (e.key === 'Escape') setTyped(String(page));
            }}
          />
          <Text size="sm">of {pageCount}</Text>
        </Group>
        <Tooltip label="Next page (Page Down)">
          <Button variant="default" size="xs" onClick={next} disabled={page >= pageCount}>
            Next ›
          </Button>
        </Tooltip>
        {pageMethod && (
          <Badge variant="light" color={pageMethod === 'ocr' ? 'orange' : pageMethod === 'text' ? 'teal' : 'gray'}>
            {METHOD_WORDS[pageMethod]}
          </Badge>
        )}
      </Group>
      <Group gap="xs">
        {onZoom && (
          <Group gap={4}>
            <ActionIcon variant="default" aria-label="Zoom out" onClick={() => step(-1)}>
              −
            </ActionIcon>
            <Select
              aria-label="Zoom"
              size="xs"
              w={110}
              allowDeselect={false}
              value={zoom === 'fit' ? 'fit' : String(zoom)}
              onChange={(v) => v && onZoom(v === 'fit' ? 'fit' : Number(v))}
              data={[
                { value: 'fit', label: 'Fit width' },
                ...ZOOMS.map((z) => ({ value: String(z), label: `${Math.round(z * 100)}%` })),
              ]}
            />
            <ActionIcon variant="default" aria-label="Zoom in" onClick={() => step(1)}>
              +
            </ActionIcon>
          </Group>
        )}
        <Tooltip
          label={selection ? 'Start a chronology event quoting the selected words' : 'Select words on the page first'}
        >
          <Button
            size="xs"
            disabled={!onAddToChronology || !selection}
            // Keep the selection: a click would otherwise clear it before the button reads it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onAddToChronology?.()}
          >
            Add to chronology
          </Button>
        </Tooltip>
      </Group>
    </Group>
  );
}
