// `npm run bench`: runs each benchmark section, prints a table, and writes the figures as JSON to
// bench/results/<time>.json and bench/results/latest.json. Speed and memory targets live here,
// never in timed unit tests. `npm run bench -- engine letters` runs only the named sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './types';

type Runner = () => Promise<BenchResult[]>;
/** Section name → its module under sections/ and the function it exports. */
const SECTIONS: Array<{ name: string; module: string; run: string }> = [
  { name: 'engine', module: 'engine', run: 'runEngineBench' },
  { name: 'case-file', module: 'case-file-import', run: 'runCaseFileImportBench' },
  { name: 'evidence', module: 'evidence', run: 'runEvidenceBench' },
  { name: 'encryption', module: 'encryption', run: 'runEncryptionBench' },
  { name: 'chronology-view', module: 'chronology-view', run: 'runChronologyViewBench' },
  { name: 'letters', module: 'letters', run: 'runLettersBench' },
  { name: 'anonymise', module: 'anonymise', run: 'runAnonymiseBench' },
  { name: 'cli', module: 'cli-startup', run: 'runCliStartupBench' },
];

async function load(section: (typeof SECTIONS)[number]): Promise<Runner> {
  const mod = (await import(`./sections/${section.module}.ts`)) as Record<string, Runner>;
  const run = mod[section.run];
  if (!run) throw new Error(`sections/${section.module}.ts does not export ${section.run}`);
  return run;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results: BenchResult[] = [];
const problems: string[] = [];

for (const section of SECTIONS) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  process.stdout.write(`Running ${section.name}… `);
  const started = performance.now();
  try {
    const run = await load(section);
    const rows = await run();
    results.push(...rows);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    const message = `${section.name}: ${(err as Error).message.split('\n')[0]}`;
    problems.push(message);
    console.log(`failed (${message})`);
  }
}

const widths = [16, 48, 12, 8, 14, 6];
const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' ');
console.log(`\n${row(['section', 'metric', 'value', 'unit', 'target', 'ok'])}`);
console.log(row(widths.map((w) => '-'.repeat(w))));
for (const r of results)
  console.log(
    row([
      r.section,
      r.metric,
      String(r.value),
      r.unit,
      r.target ?? '',
      r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    ]),
  );

const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const report = { at: new Date().toISOString(), node: process.version, results, problems };
const stamp = report.at.replace(/[:.]/g, '-');
writeFileSync(join(dir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench/results/${stamp}.json and bench/results/latest.json`);
if (problems.length) {
  console.log(`Sections that failed: ${problems.join('; ')}`);
  process.exitCode = 1;
}
