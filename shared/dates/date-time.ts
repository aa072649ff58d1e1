// Moments (ISO timestamps) as people in England read them: "2 December 2026, 00:04", London time.

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** "2 December 2026, 00:04" for an ISO timestamp (or milliseconds), in London time; the text itself if it is not one. */
export function formatDateTime(moment: string | number): string {
  const d = new Date(moment);
  if (Number.isNaN(d.getTime())) return String(moment);
  return `${DAY.format(d)}, ${TIME.format(d)}`;
}
