// The head of the duties panel: eligibility and the date entitlement began, the responsible
// council and NHS commissioner with the basis for each (and the Who Pays? 2020 alternative when
// the rules disagree), the "as at" date the duties are judged at, and the case's review settings.
import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/domain/case';
import type { CheckOutput } from '../../../shared/s117/check-output';
import { formatLongDate, isCalendarDate } from '../../../shared/dates/calendar-date';
import { WHO_PAYS_LABELS } from './labels';
import { UkDateInput } from '../../app/UkDateInput';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </div>
  );
}

export function DutiesHeader(props: {
  caseDetail: CaseDetail;
  check: CheckOutput;
  asAtInput: string;
  onAsAtChange: (value: string) => void;
  onAsAtReset: () => void;
  defaultAsAt: string;
}) {
  const { caseDetail: c, check } = props;
  const orgName = (id: string | null) => (id ? (c.organisations.find((o) => o.id === id)?.name ?? id) : null);
  const { council, nhs } = check.responsible;
  const s = c.settings;
  const badDate = props.asAtInput !== '' && !isCalendarDate(props.asAtInput);
  return (
    <Paper withBorder p="md">
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="sm">
            <Fact label="Eligible for S117 aftercare">
              <Badge color={check.eligible ? 'green' : 'gray'} variant="light" size="lg">
                {check.eligible ? 'Eligible' : 'Not eligible'}
              </Badge>
            </Fact>
            <Fact label="Entitled from">
              <Text>{check.entitlementFrom ? formatLongDate(check.entitlementFrom) : 'Not yet (no discharge)'}</Text>
            </Fact>
            <Group align="flex-end" gap="xs">
              <UkDateInput
                label="As at"
                value={props.asAtInput}
                onChange={(v) => props.onAsAtChange(v)}
                error={badDate ? 'Not a date' : undefined}
                description="Duties are judged at this date"
                w={170}
              />
              {props.asAtInput !== props.defaultAsAt && (
                <Button variant="subtle" size="xs" onClick={props.onAsAtReset} mb={4}>
                  Reset
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Fact label="Responsible council">
              <Text fw={500}>{orgName(council.org) ?? 'Not determined'}</Text>
              <Text size="sm" c="dimmed">
                {council.basis}
              </Text>
            </Fact>
            <Fact label="Responsible NHS commissioner">
              <Text fw={500}>
                {orgName(nhs.org) ?? 'Not determined'}
                {nhs.rule ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    under {WHO_PAYS_LABELS[nhs.rule]}
                  </Text>
                ) : null}
              </Text>
              <Text size="sm" c="dimmed">
                {nhs.basis}
              </Text>
              {nhs.alternative && (
                <Text size="sm" mt={4} aria-label="Alternative reading">
                  Alternative reading of Who Pays? (2020): <b>{orgName(nhs.alternative.org)}</b>,{' '}
                  {nhs.alternative.basis}
                </Text>
              )}
            </Fact>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Fact label="Case settings">
            <Text size="sm">First review within {s.firstReviewWeeks} weeks of discharge</Text>
            <Text size="sm">Reviews at least every {s.reviewIntervalMonths} months</Text>
            <Text size="sm">Services arranged within {s.servicesDelayDays} days</Text>
            <Text size="sm">Deterioration looked for within {s.deteriorationMonths} months of ending</Text>
            <Anchor component={Link} to={`/cases/${c.id}/edit`} size="sm">
              Change in Edit case
            </Anchor>
          </Fact>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
