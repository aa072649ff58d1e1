// How the timeline draws things: the colour of each span and the shape and colour of each
// kind of marker, shared by the drawing and its legend.
import type { EventType } from '../../../shared/domain/vocabulary';
import type { MarkerKind } from './timeline-layout';

export const SPAN_COLOURS: Partial<Record<EventType, string>> = {
  detention: 'var(--mantine-color-grape-6)',
  admission: 'var(--mantine-color-blue-5)',
  readmission: 'var(--mantine-color-blue-7)',
  cto_start: 'var(--mantine-color-orange-5)',
  s17_leave_start: 'var(--mantine-color-teal-5)',
};

export const SPAN_LEGEND: Array<{ type: EventType; label: string }> = [
  { type: 'detention', label: 'Detention' },
  { type: 'admission', label: 'Admission' },
  { type: 'readmission', label: 'Readmission' },
  { type: 'cto_start', label: 'CTO' },
  { type: 's17_leave_start', label: 's17 leave' },
];

export const MARKER_STYLE: Record<MarkerKind, { colour: string; label: string }> = {
  review: { colour: 'var(--mantine-color-green-7)', label: 'Review' },
  plan: { colour: 'var(--mantine-color-blue-7)', label: 'Planning, care plan, services' },
  ending: { colour: 'var(--mantine-color-red-7)', label: 'Aftercare ended, death' },
  complaint: { colour: 'var(--mantine-color-orange-7)', label: 'Complaint' },
  money: { colour: 'var(--mantine-color-yellow-8)', label: 'Charges and money' },
  hospital: { colour: 'var(--mantine-color-dark-4)', label: 'Discharge, section or order ended' },
  other: { colour: 'var(--mantine-color-gray-6)', label: 'Other' },
};

/** An SVG path for a marker of `kind` centred on (0, 0), about `r` across each way. */
export function markerPath(kind: MarkerKind, r = 6): string {
  switch (kind) {
    case 'review': // circle
      return `M ${-r} 0 a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`;
    case 'plan': // square
      return `M ${-r * 0.85} ${-r * 0.85} h ${1.7 * r} v ${1.7 * r} h ${-1.7 * r} Z`;
    case 'ending': // triangle pointing down
      return `M ${-r} ${-r * 0.8} h ${2 * r} L 0 ${r} Z`;
    case 'complaint': // diamond
      return `M 0 ${-r} L ${r} 0 L 0 ${r} L ${-r} 0 Z`;
    case 'money': // triangle pointing up
      return `M ${-r} ${r * 0.8} h ${2 * r} L 0 ${-r} Z`;
    case 'hospital': // upright bar
      return `M -2 ${-r} h 4 v ${2 * r} h -4 Z`;
    default: // small circle
      return `M ${-r * 0.6} 0 a ${r * 0.6} ${r * 0.6} 0 1 0 ${1.2 * r} 0 a ${r * 0.6} ${r * 0.6} 0 1 0 ${-1.2 * r} 0`;
  }
}
