// The chronology as a document: one table (Date | Event | Organisation | Source) in date order,
// with each event's citations as "Care plan, p. 3", printed by the same PDF and DOCX renderers
// as the letters (and anonymised by the same anonymiser).
import type { CaseFile } from '../casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../chronology/event-labels';
import { formatLongDate, todayInLondon } from '../dates/calendar-date';
import { formatPence } from '../money/format-money';
import type { Inline, Letter } from './model';
import { citationsText, eventsInOrder } from './templates/letter-facts';

export interface ChronologyLetterOptions {
  /** The date on the document; the case's asAt, else today in London. */
  date?: string;
  /** Who prepared it, for the sign-off. */
  preparedBy?: string;
}

/** Extra facts some event types carry, in words ("section 3", "£640.00"). */
function detail(event: CaseFile['events'][number]): string {
  switch (event.type) {
    case 'detention':
      return `Section ${event.section}`;
    case 'charge_levied':
    case 'top_up_agreed':
      return event.amount !== undefined ? formatPence(event.amount) : '';
    case 'readmission':
      return event.section === '2' ? 'Section 2' : event.section === 'informal' ? 'Informal' : '';
    case 'services_started':
      return event.service ?? '';
    default:
      return '';
  }
}

export function chronologyLetter(file: CaseFile, options: ChronologyLetterOptions = {}): Letter {
  const events = eventsInOrder(file);
  const orgName = (id: string | undefined) => (id ? (file.organisations.find((o) => o.id === id)?.name ?? id) : '');
  const rows: Inline[][] = events.map((event) => {
    const label = EVENT_TYPE_LABELS[event.type];
    const extra = detail(event);
    const eventCell: Inline = [{ text: extra ? `${label} (${extra})` : label, bold: true }];
    if (event.text?.trim()) eventCell.push({ text: `\n${event.text.trim()}` });
    return [
      [{ text: formatEventDate(event.date, event.precision) }],
      eventCell,
      [{ text: orgName(event.org) }],
      [{ text: citationsText(file, event.citations ?? []).join('\n') }],
    ];
  });
  const first = events[0];
  const last = events[events.length - 1];
  const span = first && last ? ` from ${formatLongDate(first.date)} to ${formatLongDate(last.date)}` : '';
  return {
    header: {
      // The header is not anonymised, so the case title (which names people) goes in the body.
      body: 'Chronology of events',
      reference: file.case.reference ?? '',
      category: 'Section 117 aftercare',
      decision: '',
      date: options.date ?? file.case.asAt ?? todayInLondon(),
    },
    sections: [
      {
        id: 'chronology',
        heading: 'Events',
        blocks: [
          { kind: 'paragraph', runs: [{ text: file.case.title, bold: true }] },
          {
            kind: 'paragraph',
            runs: [
              {
                text: `${events.length} ${events.length === 1 ? 'event' : 'events'}${span}, in date order. Sources are the evidence on the case, with page numbers.`,
              },
            ],
          },
          {
            kind: 'table',
            header: [
              [{ text: 'Date', bold: true }],
              [{ text: 'Event', bold: true }],
              [{ text: 'Organisation', bold: true }],
              [{ text: 'Source', bold: true }],
            ],
            rows,
            columnWidths: [1.75, 4.25, 2, 2],
          },
        ],
      },
    ],
    signature: { role: 'Chronology prepared from the case record', name: options.preparedBy ?? 'S117 Workbench' },
  };
}
