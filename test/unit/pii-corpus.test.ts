// The publication check on the planted-PII corpus (test/fixtures/pii-corpus): prints recall per
// kind and the false-positive rate, and holds them to the targets (structured items ≥ 99%, names
// and places ≥ 90%, false positives ≤ 5% of clean sentences).
import { describe, expect, it } from 'vitest';
import { describeScore, loadClean, loadPlanted, scoreCorpus } from '../fixtures/pii-corpus/score';

describe('publication check on the planted-PII corpus', () => {
  const score = scoreCorpus();

  it('has at least 200 planted items and 200 clean sentences', () => {
    expect(loadPlanted().sentences.flatMap((s) => s.items).length).toBeGreaterThanOrEqual(200);
    expect(loadClean().sentences.length).toBeGreaterThanOrEqual(200);
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
