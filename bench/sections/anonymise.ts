// Benchmark of the publication check: recall per kind and the false-positive rate on the
// planted-PII corpus (test/fixtures/pii-corpus) against the targets, and the time to check a
// ~40-page decision (every paragraph made unique, the cache cleared, the model already loaded),
// to load the English model, and to re-check after one paragraph is edited (the live preview).
import { DEFAULT_SHORT_NAMES } from '../../shared/letters/anonymise';
import { mapLetterText, letterTexts } from '../../shared/letters/letter-text';
import type { Letter } from '../../shared/letters/model';
import { clearPiiCache, detectPii } from '../../shared/letters/pii';
import { buildSampleLetter } from '../../shared/letters/sample-letter';
import { scoreCorpus } from '../../test/fixtures/pii-corpus/score';
import type { BenchResult } from '../types';

const SECTION = 'anonymise';
const RUNS = 5;
const LETTER_TARGET_MS = 1000;
const EDIT_TARGET_MS = 50;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pct = (x: number) => Math.round(x * 1000) / 10;

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export async function runAnonymiseBench(): Promise<BenchResult[]> {
  const context = { keep: ['Mr X', 'Ms X', 'Mrs Y', ...Object.values(DEFAULT_SHORT_NAMES)] };
  // Each paragraph distinct, as in a real letter, so no result comes from the cache.
  let n = 0;
  const letter: Letter = mapLetterText(buildSampleLetter({ paragraphs: 300, tableRows: 170 }), ({ runs }) => [
    ...runs,
    { text: ` (${++n})` },
  ]);
  const characters = letterTexts(letter).reduce((sum, p) => sum + p.runs.map((r) => r.text).join('').length, 0);

  const modelLoad = time(() => detectPii({ ...letter, sections: [] }, context));
  const full: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    clearPiiCache();
    full.push(time(() => detectPii(letter, context)));
  }
  // The live preview: the same letter with one paragraph changed, the rest cached.
  const edits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let first = true;
    const edited = mapLetterText(letter, ({ runs }) => {
      if (!first) return runs;
      first = false;
      return [...runs, { text: ` Edit ${i}.` }];
    });
    edits.push(time(() => detectPii(edited, context)));
  }

  const score = scoreCorpus();
  const results: BenchResult[] = [
    { section: SECTION, metric: 'letter size checked', value: Math.round(characters / 1000), unit: 'k chars' },
    {
      section: SECTION,
      metric: 'check a 40-page letter (median, cold cache)',
      value: Math.round(median(full)),
      unit: 'ms',
      target: `< ${LETTER_TARGET_MS} ms`,
      pass: median(full) < LETTER_TARGET_MS,
    },
    {
      section: SECTION,
      metric: 're-check after editing one paragraph',
      value: Math.round(median(edits) * 10) / 10,
      unit: 'ms',
      target: `< ${EDIT_TARGET_MS} ms`,
      pass: median(edits) < EDIT_TARGET_MS,
    },
    { section: SECTION, metric: 'first use (loads the English model)', value: Math.round(modelLoad), unit: 'ms' },
    ...Object.entries(score.recall)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, r]) => ({
        section: SECTION,
        metric: `recall ${kind} (${r.found}/${r.planted})`,
        value: pct(r.recall),
        unit: '%',
      })),
    {
      section: SECTION,
      metric: 'recall, structured items',
      value: pct(score.structuredRecall),
      unit: '%',
      target: '>= 99%',
      pass: score.structuredRecall >= 0.99,
    },
    {
      section: SECTION,
      metric: 'recall, names, places and addresses',
      value: pct(score.namesAndPlacesRecall),
      unit: '%',
      target: '>= 90%',
      pass: score.namesAndPlacesRecall >= 0.9,
    },
    {
      section: SECTION,
      metric: `false positives (${score.falsePositives.length}/${score.cleanSentences} clean)`,
      value: pct(score.falsePositiveRate),
      unit: '%',
      target: '<= 5%',
      pass: score.falsePositiveRate <= 0.05,
    },
  ];
  return results;
}
