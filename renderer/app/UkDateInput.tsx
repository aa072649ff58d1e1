// The one date field: typed or picked as DD/MM/YYYY (also "12 March 2019" or 2019-03-12), in a
// Monday-first calendar, holding an ISO calendar date (YYYY-MM-DD, or '' when empty).
import { DateInput, type DateInputProps } from '@mantine/dates';
import { findDateInText } from '../features/chronology/find-date';

/** The ISO calendar date a typed text is, or null: the whole text must be the one date. */
export function parseUkDate(text: string): string | null {
  const t = text.trim();
  const found = /^[\d\s\w/.,-]{6,30}$/.test(t) ? findDateInText(t) : null;
  return found?.precision === 'day' ? found.date : null;
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string;
  onChange: (isoDate: string) => void;
};

export function UkDateInput({ value, onChange, ...props }: Props) {
  return (
    <DateInput
      placeholder="DD/MM/YYYY"
      {...props}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      valueFormat="DD/MM/YYYY"
      dateParser={parseUkDate}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': 'Clear the date' }}
      previousLabel="Previous month"
      nextLabel="Next month"
      firstDayOfWeek={1}
      // Days of the next and last month were pale grey (2.4:1); weekends need no colour of their own.
      hideOutsideDates
      weekendDays={[]}
    />
  );
}
