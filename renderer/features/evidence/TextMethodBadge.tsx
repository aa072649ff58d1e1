// How a document's text was obtained (text layer, OCR, mixed, none), with what that means on hover.
import { Badge, Tooltip } from '@mantine/core';
import type { EvidenceSummaryView } from '../../../shared/domain/evidence';
import { TEXT_METHOD_COLORS, TEXT_METHOD_HINTS, TEXT_METHOD_LABELS } from './evidence-format';

export function TextMethodBadge({ method }: { method: EvidenceSummaryView['textMethod'] }) {
  return (
    <Tooltip label={TEXT_METHOD_HINTS[method]} multiline w={260}>
      <Badge variant="light" color={TEXT_METHOD_COLORS[method]} tt="none" style={{ overflow: 'visible' }}>
        {TEXT_METHOD_LABELS[method]}
      </Badge>
    </Tooltip>
  );
}
