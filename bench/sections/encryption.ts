// Bench: what encryption at rest costs, measured against the clear store in the same run.
// Import speed of a 500-page text PDF (best of three, alternating the two stores so neither
// gets a warmer machine) and search latency p95 on the 50,000-page corpus, each as encrypted ÷
// clear. Target: within 1.3×.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvidenceService } from '../../electron/evidence/evidence-service';
import { textPdf, writeFixture } from '../../test/fixtures/evidence/make-fixtures';
import { SHORT_PDF_PAGES } from './evidence-memory';
import { addCase, measureSearch, openBenchWorkspace, pageLines } from './evidence';
import type { BenchResult } from '../types';

const SECTION = 'encryption';
const RATIO_TARGET = 1.3;
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

function ratioRow(metric: string, ratio: number): BenchResult {
  return {
    section: SECTION,
    metric,
    value: round(ratio),
    unit: '×',
    target: `≤ ${RATIO_TARGET}×`,
    pass: ratio <= RATIO_TARGET,
  };
}

async function importFigures(dir: string): Promise<BenchResult[]> {
  const pages = SHORT_PDF_PAGES;
  const file = await writeFixture(
    join(dir, 'input'),
    'bundle.pdf',
    await textPdf(Array.from({ length: pages }, (_, p) => pageLines(p + 1, 300))),
  );
  const stores = [true, false].map((encrypted) => {
    const dataDir = join(dir, encrypted ? 'encrypted' : 'clear');
    const { db, cipher } = openBenchWorkspace(dataDir, encrypted);
    const evidence = createEvidenceService({ db, dataDir, actor: () => 'bench', ocr: false, cipher });
    return { encrypted, db, evidence, best: Infinity };
  });
  try {
    for (let run = 1; run <= 3; run++)
      for (const store of stores) {
        addCase(store.db, `c${run}`);
        const started = performance.now();
        const job = await store.evidence.importFiles({ caseId: `c${run}`, files: [file] });
        if (job.imported !== 1) throw new Error(job.outcomes[0]?.message ?? 'import failed');
        store.best = Math.min(store.best, performance.now() - started);
      }
  } finally {
    for (const s of stores) {
      await s.evidence.close();
      s.db.close();
    }
  }
  const [encrypted, clear] = stores as [(typeof stores)[0], (typeof stores)[0]];
  return [
    {
      section: SECTION,
      metric: `text PDF import, encrypted (${pages} pages, best of 3)`,
      value: round(pages / (encrypted.best / 1000), 1),
      unit: 'pages/s',
    },
    {
      section: SECTION,
      metric: `text PDF import, clear (${pages} pages, best of 3)`,
      value: round(pages / (clear.best / 1000), 1),
      unit: 'pages/s',
    },
    ratioRow('import time, encrypted ÷ clear', encrypted.best / clear.best),
  ];
}

function searchFigures(dir: string): BenchResult[] {
  const figures = [true, false].map((encrypted) => {
    const { db } = openBenchWorkspace(join(dir, encrypted ? 'corpus-encrypted' : 'corpus-clear'), encrypted);
    try {
      return measureSearch(db);
    } finally {
      db.close();
    }
  });
  const [encrypted, clear] = figures as [(typeof figures)[0], (typeof figures)[0]];
  return [
    { section: SECTION, metric: 'search p95, encrypted (50,000 pages)', value: round(encrypted.p95), unit: 'ms' },
    { section: SECTION, metric: 'search p95, clear (50,000 pages)', value: round(clear.p95), unit: 'ms' },
    ratioRow('search p95, encrypted ÷ clear', encrypted.p95 / clear.p95),
    {
      section: SECTION,
      metric: 'same hits either way (200 queries)',
      value: encrypted.hits,
      unit: 'hits',
      target: `${clear.hits}`,
      pass: encrypted.hits === clear.hits,
    },
  ];
}

export async function runEncryptionBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 's117-encryption-bench-'));
  try {
    return [...(await importFigures(dir)), ...searchFigures(dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
