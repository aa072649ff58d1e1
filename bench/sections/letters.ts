// Benchmark of letter export: a ~40-page decision statement rendered to PDF and to DOCX (median
// of several runs), and, when LibreOffice is installed, its DOCX→PDF time for the same letter.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { loadLetterFonts } from '../../electron/letters/fonts';
import { renderLetterDocx } from '../../shared/letters/render-docx';
import { renderLetterPdf } from '../../shared/letters/render-pdf';
import { buildSampleLetter } from '../../shared/letters/sample-letter';

export interface BenchResult {
  section: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

const SECTION = 'letters';
const RUNS = 5;
const PDF_TARGET_MS = 2000;
const DOCX_TARGET_MS = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeRuns<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await work(); // warm-up: first use compiles the font and zip code paths
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

function sofficeCommand(): string | null {
  for (const command of ['soffice', 'libreoffice']) {
    const probe = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (probe.status === 0) return command;
  }
  return null;
}

export async function runLettersBench(): Promise<BenchResult[]> {
  const fonts = await loadLetterFonts();
  const letter = buildSampleLetter({ paragraphs: 300, tableRows: 170 });
  const pdf = await timeRuns(RUNS, () => renderLetterPdf(letter, fonts));
  const docx = await timeRuns(RUNS, () => renderLetterDocx(letter));
  const pages = (await PDFDocument.load(pdf.result)).getPageCount();

  const results: BenchResult[] = [
    { section: SECTION, metric: 'pdf pages', value: pages, unit: 'pages' },
    {
      section: SECTION,
      metric: 'pdf export (median)',
      value: Math.round(pdf.ms),
      unit: 'ms',
      target: `< ${PDF_TARGET_MS} ms`,
      pass: pdf.ms < PDF_TARGET_MS,
    },
    {
      section: SECTION,
      metric: 'docx export (median)',
      value: Math.round(docx.ms),
      unit: 'ms',
      target: `< ${DOCX_TARGET_MS} ms`,
      pass: docx.ms < DOCX_TARGET_MS,
    },
    { section: SECTION, metric: 'pdf size', value: Math.round(pdf.result.length / 1024), unit: 'KiB' },
    { section: SECTION, metric: 'docx size', value: Math.round(docx.result.length / 1024), unit: 'KiB' },
  ];

  const soffice = sofficeCommand();
  if (soffice) {
    const dir = mkdtempSync(path.join(tmpdir(), 'letters-bench-'));
    try {
      const input = path.join(dir, 'letter.docx');
      writeFileSync(input, docx.result);
      // A profile of its own so a running LibreOffice (or a stale lock) cannot interfere.
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      const convert = () =>
        spawnSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
          encoding: 'utf8',
          timeout: 300_000,
        });
      convert(); // warm-up: the first start creates the profile
      const start = performance.now();
      const run = convert();
      const ms = performance.now() - start;
      if (run.status === 0) {
        const converted = await PDFDocument.load(readFileSync(path.join(dir, 'letter.pdf')));
        results.push(
          { section: SECTION, metric: 'libreoffice docx→pdf', value: Math.round(ms), unit: 'ms' },
          { section: SECTION, metric: 'libreoffice pdf pages', value: converted.getPageCount(), unit: 'pages' },
          {
            section: SECTION,
            metric: 'libreoffice time / our pdf time',
            value: Math.round((ms / pdf.ms) * 10) / 10,
            unit: 'x',
          },
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
