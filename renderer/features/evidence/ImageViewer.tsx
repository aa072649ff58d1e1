// A picture of a document (PNG, JPEG; TIFF where the browser can draw it) with the text OCR
// read from it beside. Chromium cannot show TIFF, so then only the recognised text is shown,
// with a note saying why.
import { useState } from 'react';
import { Alert, Grid, Paper, Text } from '@mantine/core';
import type { HighlightTerm } from '../search/search-terms';
import { evidenceFileUrlFor } from './evidence-url';
import { TextViewer } from './TextViewer';
import type { PageText } from './viewer-types';

export function ImageViewer({
  sha256,
  title,
  tiff,
  pages,
  terms,
}: {
  sha256: string;
  title: string;
  tiff: boolean;
  pages: readonly PageText[];
  terms: readonly HighlightTerm[];
}) {
  const [failed, setFailed] = useState(tiff);
  const text = (
    <TextViewer pages={pages} page={null} terms={terms} emptyMessage="No text was recognised in this picture." />
  );
  if (failed)
    return (
      <>
        <Alert color="yellow" title="The picture cannot be shown here">
          {tiff ? 'TIFF pictures cannot be drawn in this window.' : 'The picture could not be drawn.'} Below is the text
          recognised from it (OCR); the original is kept unchanged.
        </Alert>
        {text}
      </>
    );
  return (
    <Grid gutter="md">
      <Grid.Col span={7}>
        <Paper withBorder p="xs">
          <img
            src={evidenceFileUrlFor(sha256)}
            alt={title}
            style={{ maxWidth: '100%', display: 'block' }}
            onError={() => setFailed(true)}
          />
        </Paper>
      </Grid.Col>
      <Grid.Col span={5}>
        <Text size="xs" c="dimmed" mb="xs">
          Text recognised in the picture (OCR): check quotes against the picture.
        </Text>
        {text}
      </Grid.Col>
    </Grid>
  );
}
