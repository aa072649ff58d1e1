// Files dropped on the case's Evidence tab are imported. Only the desktop app can tell the page
// where a dropped file lives (the preload's pathForFile); the browser cannot, so there the drop
// explains that Add evidence… is the way.
import { useState, type DragEvent, type ReactNode } from 'react';
import { Box, Overlay, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useImportEvidence } from './use-start-import';

type PathForFile = (file: File) => string;

const desktopPathForFile = (): PathForFile | null => {
  const bridge = window.workbench as { pathForFile?: PathForFile } | undefined;
  return typeof bridge?.pathForFile === 'function' ? bridge.pathForFile : null;
};

export const DROP_UNAVAILABLE = 'Drop is available in the desktop app; use Add evidence… instead.';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

export function EvidenceDropZone({ caseId, children }: { caseId: string; children: ReactNode }) {
  const [over, setOver] = useState(false);
  const importer = useImportEvidence(caseId);

  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    setOver(false);
    const pathForFile = desktopPathForFile();
    const files = Array.from(e.dataTransfer.files);
    if (!pathForFile) {
      notifications.show({ color: 'yellow', title: 'Files not added', message: DROP_UNAVAILABLE });
      return;
    }
    const paths = files.map((f) => pathForFile(f)).filter((p) => p.length > 0);
    if (paths.length === 0) {
      notifications.show({ color: 'yellow', title: 'Files not added', message: 'Only files can be dropped here.' });
      return;
    }
    importer.run(paths);
  };

  return (
    <Box
      pos="relative"
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
      data-testid="evidence-drop-zone"
    >
      {children}
      {over && (
        <Overlay color="#eef" backgroundOpacity={0.85} radius="sm" zIndex={5} center>
          <Text fw={600} size="lg">
            Drop files to add them to this case’s evidence
          </Text>
        </Overlay>
      )}
    </Box>
  );
}
