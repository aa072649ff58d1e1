// The fields an event type carries beyond date, organisation and description (CASEFILE.md
// "Event types"): the section and residence of a detention, the amount of a charge, and so on.
import type { SetFieldValue } from '@mantine/form';
import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { EventFormValues, ResidenceKey } from './event-form-values';
import {
  ACCOMMODATION_OPTIONS,
  DETENTION_SECTION_OPTIONS,
  ENDING_REASON_OPTIONS,
  READMISSION_SECTION_OPTIONS,
} from './event-options';
import { TriStateField } from './TriStateField';
import { formatPence, parseMoney } from '../../../shared/money';

export const RESIDENCE_LABELS: Record<ResidenceKey, string> = {
  council: 'Council of ordinary residence',
  gpCommissioner: 'Commissioner of the GP practice',
  ordinaryResidenceCommissioner: 'Commissioner for ordinary residence',
  usualResidenceCommissioner: 'Commissioner for usual residence (no GP)',
};

interface Props {
  values: EventFormValues;
  errors: Record<string, string>;
  organisations: Array<{ value: string; label: string }>;
  /** The form's setFieldValue: a value, or an updater of the field as it is when it runs. */
  set: SetFieldValue<EventFormValues>;
}

export function TypeFields({ values, errors, organisations, set }: Props) {
  const money = (
    <TextInput
      label="Amount"
      description="In pounds, e.g. 1,288.00"
      leftSection="£"
      value={values.amount.replace(/^£/, '')}
      onChange={(e) => set('amount', e.currentTarget.value)}
      onBlur={() => {
        const parsed = parseMoney(values.amount);
        if (parsed.ok) set('amount', formatPence(parsed.pence).replace(/^£/, ''));
      }}
      error={errors.amount}
    />
  );
  const service = (
    <TextInput
      label="Service"
      value={values.service}
      onChange={(e) => set('service', e.currentTarget.value)}
      error={errors.service}
    />
  );
  switch (values.type) {
    case 'detention':
      return (
        <SimpleGrid cols={2}>
          <Select
            label="Section"
            required
            searchable
            data={DETENTION_SECTION_OPTIONS}
            value={values.section}
            onChange={(v) => set('section', v)}
            error={errors.section}
          />
          <div />
          {(Object.keys(RESIDENCE_LABELS) as ResidenceKey[]).map((key) => (
            <Select
              key={key}
              label={RESIDENCE_LABELS[key]}
              data={organisations}
              clearable
              value={values.residence[key]}
              onChange={(v) => set('residence', (residence) => ({ ...residence, [key]: v }))}
              error={errors[`residence.${key}`]}
            />
          ))}
        </SimpleGrid>
      );
    case 'section_ended':
    case 'readmission':
      return (
        <Select
          label="Section"
          clearable
          searchable
          data={values.type === 'readmission' ? READMISSION_SECTION_OPTIONS : DETENTION_SECTION_OPTIONS}
          value={values.section}
          onChange={(v) => set('section', v)}
          error={errors.section}
        />
      );
    case 'services_started':
      return service;
    case 'accommodation_placement':
      return (
        <SimpleGrid cols={2}>
          <Select
            label="Accommodation"
            clearable
            data={ACCOMMODATION_OPTIONS}
            value={values.accommodation}
            onChange={(v) => set('accommodation', v)}
            error={errors.accommodation}
          />
          <TriStateField
            label="Meets a mental health need"
            value={values.meetsMentalHealthNeed}
            onChange={(v) => set('meetsMentalHealthNeed', v)}
            error={errors.meetsMentalHealthNeed}
          />
        </SimpleGrid>
      );
    case 'charge_levied':
      return (
        <SimpleGrid cols={2}>
          {money}
          {service}
          <TriStateField
            label="Charged for a service meeting a mental health need"
            description="No: a Care Act charge for a need unrelated to the mental disorder, which may lawfully be charged for"
            value={values.meetsMentalHealthNeed}
            onChange={(v) => set('meetsMentalHealthNeed', v)}
            error={errors.meetsMentalHealthNeed}
          />
        </SimpleGrid>
      );
    case 'care_plan_written':
      return (
        <TriStateField
          label="The plan says which services S117 funds"
          description="No: the plan does not say which services are free S117 aftercare"
          value={values.explainsFunding}
          onChange={(v) => set('explainsFunding', v)}
          error={errors.explainsFunding}
        />
      );
    case 'funding_dispute': {
      const firstError = (prefix: string) =>
        Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}[`))?.[1];
      return (
        <SimpleGrid cols={2}>
          <MultiSelect
            label="Bodies disputing who pays"
            data={organisations}
            searchable
            value={values.disputeOrgs}
            onChange={(v) => set('disputeOrgs', v)}
            error={firstError('orgs')}
          />
          <TextInput
            label="Settled on"
            description="Leave empty if it is not settled"
            placeholder="dd/mm/yyyy"
            value={values.settledOn}
            onChange={(e) => set('settledOn', e.currentTarget.value)}
            error={errors.to}
          />
        </SimpleGrid>
      );
    }
    case 'top_up_agreed':
      return (
        <SimpleGrid cols={2}>
          {money}
          <TriStateField
            label="Chosen by the person over a placement at the usual cost"
            value={values.preferredByPerson}
            onChange={(v) => set('preferredByPerson', v)}
            error={errors.preferredByPerson}
          />
        </SimpleGrid>
      );
    case 's117_ended': {
      const firstError = (prefix: string) =>
        Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}[`))?.[1];
      return (
        <SimpleGrid cols={2}>
          <MultiSelect
            label="Decided by"
            data={organisations}
            value={values.decidedBy}
            onChange={(v) => set('decidedBy', v)}
            error={firstError('decidedBy')}
          />
          <MultiSelect
            label="Reasons given"
            data={ENDING_REASON_OPTIONS}
            value={values.reasons}
            onChange={(v) => set('reasons', v)}
            error={firstError('reasons')}
          />
          <TriStateField
            label="Person involved in the decision"
            value={values.personInvolved}
            onChange={(v) => set('personInvolved', v)}
          />
          <TriStateField
            label="Needs reassessed first"
            value={values.reassessed}
            onChange={(v) => set('reassessed', v)}
          />
          <TriStateField label="Decision recorded" value={values.recorded} onChange={(v) => set('recorded', v)} />
        </SimpleGrid>
      );
    }
    default:
      return null;
  }
}
