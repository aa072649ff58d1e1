// The publication check on the planted-PII corpus (test/fixtures/pii-corpus): prints recall per
// kind and the false-positive rate, and holds them to the targets (structured items ≥ 99%, names
// and places ≥ 90%, false positives ≤ 5% of clean sentences); and on the seed cases' own letters.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterInputForFile } from '../../electron/letters/letter-input';
import { letterParties } from '../../shared/letters/letter-parties';
import { readCaseFileText } from '../../shared/casefile/read';
import { chronologyLetter } from '../../shared/letters/chronology-table';
import { reviewForPublication } from '../../shared/letters/pii/publication';
import { TEMPLATE_IDS, buildLetter } from '../../shared/letters/templates';
import { describeScore, loadClean, loadPlanted, scoreCorpus } from '../fixtures/pii-corpus/score';

const CASES = join(__dirname, '../fixtures/cases');

describe('publication check on the planted-PII corpus', () => {
  const score = scoreCorpus();

  it('has at least 200 planted items and 200 clean sentences', () => {
    expect(loadPlanted().flatMap((s) => s.sentence.items).length).toBeGreaterThanOrEqual(200);
    expect(loadClean().length).toBeGreaterThanOrEqual(200);
  });

  it('finds structured items (NHS and NI numbers, postcodes, phones, emails, dates of birth) at 99% or better', () => {
    console.log(describeScore(score).join('\n'));
    for (const m of score.missed) console.log(`missed ${m.kind} "${m.text}" in: ${m.sentence}`);
    for (const f of score.falsePositives)
      console.log(
        `flagged in a clean sentence: ${f.found.map((d) => `${d.kind} "${d.text}"`).join(', ')}: ${f.sentence}`,
      );
    expect(score.structuredRecall).toBeGreaterThanOrEqual(0.99);
  });

  it('finds names, places and addresses at 90% or better', () => {
    expect(score.namesAndPlacesRecall).toBeGreaterThanOrEqual(0.9);
    for (const kind of ['name', 'place', 'address']) expect(score.recall[kind]!.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('flags no more than 5% of clean sentences', () => {
    expect(score.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});

describe('publication check on the seed cases’ letters', () => {
  it('flags only the care home in every template and chronology of the six seed cases', () => {
    const flagged = new Set<string>();
    for (const name of readdirSync(CASES).filter((f) => f.endsWith('.s117.json'))) {
      const read = readCaseFileText(readFileSync(join(CASES, name), 'utf8'));
      if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.issues)}`);
      const input = letterInputForFile(read.file, { investigator: 'Jo Investigator' });
      const letters = [...TEMPLATE_IDS.map((t) => buildLetter(t, input)), chronologyLetter(read.file)];
      for (const letter of letters)
        for (const item of reviewForPublication(letter, letterParties(read.file), []).items)
          flagged.add(`${item.kind} "${item.text}"`);
    }
    expect([...flagged]).toEqual(['place "Harbourside House"']);
  });
});
