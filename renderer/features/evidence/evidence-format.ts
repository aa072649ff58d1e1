// How evidence facts read in the list and the viewer: types, how the text was obtained, sizes,
// fingerprints and import times, in words.
import type { EvidenceSummaryView } from '../../../shared/domain/evidence';
import { formatDateTime } from '../../../shared/dates/date-time';

export const TYPE_LABELS: Record<EvidenceSummaryView['type'], string> = {
  pdf: 'PDF',
  docx: 'Word',
  eml: 'Email',
  txt: 'Text',
  png: 'PNG image',
  jpeg: 'JPEG image',
  tiff: 'TIFF image',
  other: 'Other',
};

export const TEXT_METHOD_LABELS: Record<EvidenceSummaryView['textMethod'], string> = {
  text: 'Text layer',
  ocr: 'OCR',
  mixed: 'Mixed',
  none: 'None',
};

export const TEXT_METHOD_HINTS: Record<EvidenceSummaryView['textMethod'], string> = {
  text: 'The text was read from the document itself.',
  ocr: 'The text was recognised from pictures of the pages (OCR): check quotes against the original.',
  mixed: 'Some pages had a text layer; the others were recognised by OCR.',
  none: 'No text could be read: search will not find this document by its contents.',
};

export const TEXT_METHOD_COLORS: Record<EvidenceSummaryView['textMethod'], string> = {
  text: 'teal',
  ocr: 'orange',
  mixed: 'yellow',
  none: 'gray',
};

/** "812 bytes", "14.2 KB", "3.1 MB" (powers of 1024, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** The first characters of a SHA-256, enough to tell documents apart by eye. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);

/** "23 Nov 2026, 14:05" in the UK, from an ISO timestamp. */
export const formatImportedAt = (iso: string) => formatDateTime(iso);

/** How the viewer shows an item. */
export function viewerKind(type: EvidenceSummaryView['type']): 'pdf' | 'image' | 'tiff' | 'text' {
  if (type === 'pdf') return 'pdf';
  if (type === 'png' || type === 'jpeg') return 'image';
  if (type === 'tiff') return 'tiff';
  return 'text';
}
