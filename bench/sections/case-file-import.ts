// Bench: importing a `.s117.json` case file of 10,000 events into a fresh workspace (validation,
// references, and the one transaction that writes the chronology).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services';
import { passphraseKeyProvider } from '../../electron/crypto/passphrase-key';
import { generateLargeCase } from './engine';
import type { BenchResult } from '../types';

export async function runCaseFileImportBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 's117-bench-import-'));
  try {
    const file = generateLargeCase(10_000);
    const path = join(dir, 'large.s117.json');
    writeFileSync(path, JSON.stringify(file));
    const services = createServices({
      dataDir: join(dir, 'ws'),
      keys: { providers: [passphraseKeyProvider('bench passphrase')] },
      actor: 'bench',
      ocr: false,
    });
    const started = performance.now();
    const result = await services.caseFiles.importFromPath(path);
    const ms = performance.now() - started;
    const listed = performance.now();
    const events = services.chronology.list(result.caseDetail.id);
    const listMs = performance.now() - listed;
    services.close();
    return [
      { section: 'case file', metric: `import of ${events.length} events`, value: Math.round(ms), unit: 'ms' },
      { section: 'case file', metric: 'read back the chronology', value: Math.round(listMs), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
