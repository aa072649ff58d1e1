// The findings a remedy item remedies, chosen from the case's findings of the bodies that give
// it. The letter checks hold each payment and action to the findings it names.
import { MultiSelect } from '@mantine/core';
import { useFindings } from '../findings/queries';

interface Props {
  caseId: string;
  /** The bodies that pay or act: only their findings are offered. */
  by: string[];
  value: string[];
  onChange(value: string[]): void;
  orgName(id: string): string;
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

export function RemediesFindingsField({ caseId, by, value, onChange, orgName }: Props) {
  const findings = useFindings(caseId).data ?? [];
  const offered = findings.filter((f) => by.includes(f.org) || value.includes(f.id));
  return (
    <MultiSelect
      label="Remedies findings"
      description="The findings of fault and injustice this remedies (the letter checks hold it to them)"
      placeholder={offered.length === 0 ? 'No finding by this body yet' : 'Choose findings'}
      data={offered.map((f) => ({ value: f.id, label: `${f.id} · ${orgName(f.org)}: ${short(f.fault)}` }))}
      value={value}
      onChange={onChange}
      clearable
    />
  );
}
