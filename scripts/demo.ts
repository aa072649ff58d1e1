// `npm run demo`: the workbench end to end on a FICTIONAL case. Builds the case (a council, an
// ICB and a trust; a man and his mother; 30+ events from a section 3 detention to complaints),
// generates its evidence as PDFs, imports it all into a temporary workspace, accepts findings
// from the duty check, sets the remedy choices, prints the check and the calculation, and
// writes draft and final decisions (PDF and DOCX, named and anonymised), the council's
// response and the chronology into demo-output/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { loadLetterFonts } from '../electron/letters/fonts';
import { exportLetter } from '../electron/letters/export-letter';
import { letterParties } from '../shared/letters/letter-parties';
import { writeFileAtomically } from '../electron/files/write-atomically';
import { createServices, type Services } from '../electron/services';
import { passphraseKeyProvider } from '../electron/crypto/passphrase-key';
import type { CaseFile, CaseFileEvidence } from '../shared/casefile/schema';
import { formatLongDate } from '../shared/dates/calendar-date';
import { chronologyLetter } from '../shared/letters/chronology-table';
import { reviewForPublication } from '../shared/letters/pii/publication';
import type { PiiDecision } from '../shared/letters/pii/review';
import type { Letter } from '../shared/letters/model';
import type { TemplateId } from '../shared/letters/templates';
import { formatPence } from '../shared/money/format-money';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The fictional case: people, bodies, events, payments, evidence list, findings and remedy. */
const CASE_SOURCE = join(ROOT, 'test/fixtures/cases/letter-fixture.s117.json');
const OUTPUT = join(ROOT, 'demo-output');
const INVESTIGATOR = 'Alex Demo (fictional investigator)';
const DRAFT_DATE = '2022-11-01';
const FINAL_DATE = '2022-12-06';

const say = (line = '') => process.stdout.write(`${line}\n`);

/** Wraps text to a width in points with the given font and size. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One evidence document: as many pages as its citations need, each carrying the passages the
 * chronology cites from that page, so a search or a citation check finds them where it should.
 */
async function evidencePdf(file: CaseFile, evidence: CaseFileEvidence, regular: Uint8Array, bold: Uint8Array) {
  const passages = new Map<number, string[]>();
  for (const event of file.events)
    for (const c of event.citations ?? []) {
      if (c.evidence !== evidence.id || c.page === undefined) continue;
      for (let page = c.page; page <= (c.pageEnd ?? c.page); page++)
        passages.set(page, [...(passages.get(page) ?? []), `${formatLongDate(event.date)}. ${event.text ?? ''}`]);
    }
  const pageCount = Math.max(1, ...passages.keys());
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(regular, { subset: true });
  const heading = await pdf.embedFont(bold, { subset: true });
  const author = file.organisations.find((o) => o.id === evidence.authorOrg)?.name ?? 'Correspondence';
  pdf.setTitle(evidence.title ?? evidence.file);
  for (let n = 1; n <= pageCount; n++) {
    const page = pdf.addPage([595.28, 841.89]);
    let y = 780;
    page.drawText(author, { x: 60, y, size: 10, font, color: rgb(0.3, 0.3, 0.3) });
    y -= 28;
    page.drawText(evidence.title ?? evidence.file, { x: 60, y, size: 16, font: heading });
    y -= 20;
    if (evidence.date) page.drawText(formatLongDate(evidence.date), { x: 60, y, size: 10, font });
    y -= 30;
    const body = passages.get(n) ?? [
      'This page records routine matters and is not cited in the chronology. FICTIONAL DOCUMENT FOR THE DEMO.',
    ];
    for (const paragraph of body) {
      for (const line of wrap(paragraph, 475, (s) => font.widthOfTextAtSize(s, 11))) {
        page.drawText(line, { x: 60, y, size: 11, font });
        y -= 15;
      }
      y -= 10;
    }
    page.drawText('Fictional document generated for the S117 Workbench demo', { x: 60, y: 50, size: 8, font });
    page.drawText(`Page ${n} of ${pageCount}`, { x: 480, y: 50, size: 8, font });
  }
  return pdf.save();
}

/** Writes the case file (without findings or remedy: the demo adds those as a user would) and its PDFs. */
async function prepareCaseFolder(file: CaseFile): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 's117-demo-case-'));
  const fonts = await loadLetterFonts();
  for (const evidence of file.evidence ?? []) {
    const path = join(folder, evidence.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await evidencePdf(file, evidence, fonts.regular, fonts.bold));
  }
  const { findings: _findings, remedy: _remedy, ...rest } = file;
  const path = join(folder, 'eastmere-demo.s117.json');
  writeFileSync(path, `${JSON.stringify(rest, null, 2)}\n`);
  return path;
}

/** Accepts the flags the investigator agrees with as findings, in the investigator's words. */
const reviewed = new Set<string>();

/** Every identifying detail the publication check finds, replaced with its suggestion (said once). */
function suggestedDecisions(letter: Letter, parties: ReturnType<typeof letterParties>): PiiDecision[] {
  const { items } = reviewForPublication(letter, parties, []);
  for (const item of items)
    if (!reviewed.has(item.key)) {
      reviewed.add(item.key);
      say(`  publication review: "${item.text}" (${item.kind}) replaced with "${item.suggestion}"`);
    }
  return items.map((i) => ({ text: i.text, kind: i.kind, action: 'replace', replacement: i.suggestion }));
}

function addFindings(services: Services, caseId: string, source: CaseFile): void {
  const { check } = services.analysis.check(caseId);
  for (const finding of source.findings ?? []) {
    const wording = {
      fault: finding.fault,
      injustice: finding.injustice,
      ...(finding.causation ? { causation: finding.causation } : {}),
      ...(finding.heads ? { heads: finding.heads } : {}),
      ...(finding.injusticeTo ? { injusticeTo: finding.injusticeTo } : {}),
    };
    const flag = finding.rule ? check.flags.find((f) => f.rule === finding.rule) : undefined;
    if (flag) services.findings.acceptFlag(caseId, { rule: flag.rule, date: flag.date, org: finding.org }, wording);
    else
      services.findings.create(caseId, {
        org: finding.org,
        ...wording,
        ...(finding.rule ? { rule: finding.rule } : {}),
        ...(finding.events ? { events: finding.events } : {}),
      });
  }
}

/** The remedy choices, payments and actions, entered one by one as in the Remedies tab. */
function addRemedy(services: Services, caseId: string, source: CaseFile): void {
  const remedy = source.remedy ?? {};
  services.remedies.saveChoices(caseId, {
    interestRatePercent: remedy.interestRatePercent,
    interestReason: remedy.interestReason,
    apportionment: remedy.apportionment,
  });
  for (const { id: _id, ...payment } of remedy.payments ?? []) services.remedies.saveSymbolicPayment(caseId, payment);
  for (const { id: _id, ...action } of remedy.actions ?? []) services.remedies.saveAction(caseId, action);
}

function printAnalysis(services: Services, caseId: string, file: CaseFile): void {
  const { asAt, check } = services.analysis.check(caseId);
  say(`Duty check as at ${formatLongDate(asAt)}: ${check.eligible ? 'eligible for S117 aftercare' : 'not eligible'}`);
  for (const severity of ['fault', 'concern', 'info'] as const) {
    const flags = check.flags.filter((f) => f.severity === severity);
    const rules = [...new Set(flags.map((f) => f.rule))];
    say(`  ${severity.padEnd(7)} ${String(flags.length).padStart(2)}  ${rules.join(', ')}`);
  }
  const { result } = services.analysis.remedy(caseId);
  if (!result.ok) {
    say(`Remedy: not calculated (${result.message})`);
    return;
  }
  const name = (id: string) =>
    file.organisations.find((o) => o.id === id)?.name ?? file.people.find((p) => p.id === id)?.name ?? id;
  const loss = result.output.financialLoss;
  say(
    `Financial loss: ${formatPence(loss.net)} refund (${formatPence(loss.gross)} paid, ${formatPence(loss.offsets)} offsets) + ${formatPence(loss.interest)} interest = ${formatPence(loss.total)}`,
  );
  say('Totals by organisation:');
  for (const [org, amount] of Object.entries(result.output.byOrganisation))
    say(`  ${name(org).padEnd(40)} ${formatPence(amount).padStart(12)}`);
  say(`  ${'In all'.padEnd(40)} ${formatPence(result.output.total).padStart(12)}`);
}

// The demo's throwaway workspace is encrypted like any other, with a passphrase of its own.
const DEMO_PASSPHRASE = process.env.S117_PASSPHRASE || 'demo workspace passphrase';
const demoKeys = { providers: [passphraseKeyProvider(DEMO_PASSPHRASE)] };

async function main(): Promise<void> {
  const source = JSON.parse(readFileSync(CASE_SOURCE, 'utf8')) as CaseFile;
  say('S117 Workbench demo — every person, body and document here is fictional.');
  say();
  const casePath = await prepareCaseFolder(source);
  say(`Case file and ${source.evidence?.length ?? 0} evidence PDFs: ${dirname(casePath)}`);

  const dataDir = mkdtempSync(join(tmpdir(), 's117-demo-workspace-'));
  const services = createServices({ dataDir, keys: demoKeys, actor: INVESTIGATOR, ocr: false });
  try {
    services.settings.setInvestigatorName(INVESTIGATOR);
    const imported = await services.caseFiles.importFromPath(casePath);
    const caseId = imported.caseDetail.id;
    say(`Imported into ${dataDir}: ${imported.events} events, ${imported.evidence} evidence items`);
    addFindings(services, caseId, source);
    addRemedy(services, caseId, source);
    const file = services.analysis.caseFile(caseId);
    say(`Findings: ${file.findings?.length ?? 0}; agreed actions: ${file.remedy?.actions?.length ?? 0}`);
    say();
    printAnalysis(services, caseId, file);
    say();

    mkdirSync(OUTPUT, { recursive: true });
    const parties = letterParties(file, DRAFT_DATE);
    const written: string[] = [];
    const write = async (name: string, letter: Letter, format: 'pdf' | 'docx', anonymise: boolean) => {
      // The publication review: an investigator decides on each detail; the demo takes every
      // suggested replacement ("Harbourside House" becomes "a care home") and says so.
      const decisions = anonymise ? suggestedDecisions(letter, parties) : [];
      const { bytes } = await exportLetter(letter, { format, anonymise, ...parties, decisions });
      const path = join(OUTPUT, name);
      writeFileAtomically(path, bytes);
      written.push(path);
      say(`  wrote ${relative(process.cwd(), path)} (${Math.round(bytes.length / 1024)} KB)`);
    };
    const letters: Array<[TemplateId, string, string]> = [
      ['draft', 'draft-decision', DRAFT_DATE],
      ['final', 'final-decision', FINAL_DATE],
    ];
    say(`Letters (in ${OUTPUT}):`);
    for (const [template, name, date] of letters) {
      // The app's own letter: what `create` starts a draft from and `s117 letter` writes.
      const { letter, checks } = services.letters.compose(caseId, template, { date });
      say(
        `  ${name}: ${checks.length === 0 ? 'every letter check passes' : checks.map((c) => `${c.severity} ${c.check}`).join('; ')}`,
      );
      for (const format of ['pdf', 'docx'] as const) {
        await write(`${name}.${format}`, letter, format, false);
        await write(`${name}-anonymised.${format}`, letter, format, true);
      }
    }
    const { letter: response } = services.letters.compose(caseId, 'council-response', { date: DRAFT_DATE });
    await write('council-response.pdf', response, 'pdf', false);
    await write('chronology.pdf', chronologyLetter(file, { date: DRAFT_DATE, preparedBy: INVESTIGATOR }), 'pdf', false);
    say();
    say(`Done: ${written.length} files in ${OUTPUT}`);
    say(
      `The demo workspace stays for a look: S117_PASSPHRASE='${DEMO_PASSPHRASE}' npm run s117 -- --data-dir ${dataDir} cases list`,
    );
  } finally {
    services.close();
    rmSync(dirname(casePath), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`demo failed: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
