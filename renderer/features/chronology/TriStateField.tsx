// A yes / no / not recorded choice: "not recorded" leaves the fact out of the event, which
// the duty check reads differently from a recorded "no".
import { Input, SegmentedControl } from '@mantine/core';
import type { TriState } from './event-form-values';

export function TriStateField(props: {
  label: string;
  /** A line under the label saying what the answer means. */
  description?: string;
  value: TriState;
  onChange: (v: TriState) => void;
  error?: string;
}) {
  return (
    <Input.Wrapper label={props.label} description={props.description} error={props.error}>
      <div>
        <SegmentedControl
          aria-label={props.label}
          size="xs"
          value={props.value || 'unknown'}
          onChange={(v) => props.onChange(v === 'unknown' ? '' : (v as TriState))}
          data={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
            { value: 'unknown', label: 'Not recorded' },
          ]}
        />
      </div>
    </Input.Wrapper>
  );
}
