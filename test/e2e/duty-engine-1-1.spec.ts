// The CASEFILE.md 1.1 facts as an investigator records them: a dispute between the council and
// the ICB about who pays while the person was detained (entered through the chronology form with
// the bodies and the day it was settled), and a charge that was a lawful Care Act charge for an
// unrelated need. The duties panel then shows the dispute as a fault under joint working, and no
// charging fault for the Care Act charge.
import { test, expect } from './fixtures';
import type { HarnessWorkspace } from '../harness/browser-harness';

function seedCase(workspace: HarnessWorkspace): string {
  const { services } = workspace;
  const created = services.cases.create({
    title: 'Discharge held up by a dispute about who pays',
    received: '2020-02-20',
    stage: 'investigation',
    nation: 'england',
    asAt: '2019-12-01',
    people: [{ role: 'aggrieved', title: 'Ms', name: 'Sarah Jones', label: 'Ms X' }],
    organisations: [
      { kind: 'council', name: 'Anytown Borough Council' },
      { kind: 'icb', name: 'NHS Anytown ICB' },
      { kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
    ],
  });
  const add = (event: Record<string, unknown>) => services.chronology.create(created.id, event);
  add({
    date: '2019-02-04',
    type: 'detention',
    section: '3',
    org: 'trust',
    residence: { council: 'council', gpCommissioner: 'icb', ordinaryResidenceCommissioner: 'icb' },
    text: 'Detained under section 3',
  });
  add({ date: '2019-04-15', type: 'discharge', org: 'trust', text: 'Discharged to a care home' });
  add({ date: '2019-04-16', type: 'services_started', org: 'council', service: 'care home' });
  return created.id;
}

test('record a funding dispute and a Care Act charge, and see the duties judged by them', async ({
  app: page,
  workspace,
}) => {
  const caseId = seedCase(workspace);
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}`);
  await page.getByRole('tab', { name: 'Chronology' }).click();

  // The dispute: both bodies, settled two weeks before the discharge.
  await page.getByRole('button', { name: 'Add event' }).click();
  const form = page.getByRole('dialog', { name: 'Add event' });
  await form.getByRole('textbox', { name: 'Date', exact: true }).fill('01/03/2019');
  await form.getByRole('textbox', { name: 'Type', exact: true }).fill('Dispute');
  await page.getByRole('option', { name: 'Dispute over who pays' }).click();
  await form.getByRole('textbox', { name: 'Bodies disputing who pays' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click();
  await page.getByRole('option', { name: 'NHS Anytown ICB' }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('textbox', { name: 'Settled on' }).fill('31/02/2019');
  await form.getByRole('button', { name: 'Add to chronology' }).click();
  await expect(form.getByText('Enter the date it was settled')).toBeVisible();
  await form.getByRole('textbox', { name: 'Settled on' }).fill('01/04/2019');
  await page.screenshot({ path: 'test-results/screens/chronology-funding-dispute.png' });
  await form.getByRole('button', { name: 'Add to chronology' }).click();
  await expect(form).toHaveCount(0);
  const events = () => workspace.services.chronology.list(caseId);
  const orgId = (name: string) => workspace.services.cases.get(caseId).organisations.find((o) => o.name === name)!.id;
  expect(events().find((e) => e.type === 'funding_dispute')).toMatchObject({
    date: '2019-03-01',
    orgs: [orgId('Anytown Borough Council'), orgId('NHS Anytown ICB')],
    to: '2019-04-01',
  });
  const table = page.getByRole('table', { name: 'Chronology' });
  await expect(table.getByTestId('event-row').filter({ hasText: 'Dispute over who pays' })).toContainText(
    'Anytown Borough Council and NHS Anytown ICB, settled 01/04/2019',
  );

  // A charge for a need unrelated to the mental disorder.
  await page.getByRole('button', { name: 'Add event' }).click();
  await form.getByRole('textbox', { name: 'Date', exact: true }).fill('01/06/2019');
  await form.getByRole('textbox', { name: 'Type', exact: true }).fill('Charge');
  await page.getByRole('option', { name: 'Charge levied' }).click();
  await form.getByRole('textbox', { name: 'Amount' }).fill('31.00');
  await form
    .getByRole('radiogroup', { name: 'Charged for a service meeting a mental health need' })
    .getByText('No', { exact: true })
    .click();
  await form.getByRole('button', { name: 'Add to chronology' }).click();
  await expect(form).toHaveCount(0);
  expect(events().find((e) => e.type === 'charge_levied')).toMatchObject({
    amount: 3100,
    meetsMentalHealthNeed: false,
  });

  // The duties: the dispute is a fault under joint working; no charging fault.
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}/duties`);
  await expect(page.getByRole('heading', { name: 'Duties as at 01/12/2019' })).toBeVisible();
  const joint = page.getByRole('region', { name: /Clear joint working/ });
  await expect(joint.getByText('Not met')).toBeVisible();
  await expect(joint.getByRole('group', { name: /^Flag DISCHARGE-DELAYED-BY-DISPUTE \(01\/03\/2019\)/ })).toContainText(
    'Anytown Borough Council and NHS Anytown ICB disputed who should pay for aftercare on 1 March 2019, settled on 1 April 2019',
  );
  const free = page.getByRole('region', { name: /No charging for aftercare/ });
  await expect(free.getByText('Met', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Flag CHARGED-FOR-AFTERCARE/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/duties-funding-dispute.png', fullPage: true });
});
