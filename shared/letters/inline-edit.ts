// Replacing stretches of a line's text when the stretch may cross emphasis boundaries
// ("**Sarah** Jones"): the replacement takes the emphasis of the stretch's first character.
import type { Inline, InlineRun } from './model';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

function sameStyle(a: InlineRun, b: InlineRun): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic;
}

function styleOf(run: InlineRun): Omit<InlineRun, 'text'> {
  return { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) };
}

/** `runs` with each span (offsets into the joined text, not overlapping) replaced by its text. */
export function replaceSpans(runs: Inline, spans: TextSpan[]): Inline {
  if (spans.length === 0) return runs;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: InlineRun[] = [];
  const push = (text: string, style: Omit<InlineRun, 'text'>) => {
    if (!text) return;
    const run: InlineRun = { text, ...style };
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) last.text += text;
    else out.push(run);
  };
  let offset = 0;
  let next = 0;
  for (const run of runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    let cursor = runStart;
    while (cursor < runEnd) {
      const span = sorted[next];
      if (!span || span.start >= runEnd) {
        push(run.text.slice(cursor - runStart), styleOf(run));
        cursor = runEnd;
      } else if (cursor < span.start) {
        push(run.text.slice(cursor - runStart, span.start - runStart), styleOf(run));
        cursor = span.start;
      } else {
        if (cursor === span.start) push(span.text, styleOf(run));
        // Skip the replaced characters, which may run on into the following runs.
        cursor = Math.min(runEnd, span.end);
        if (span.end <= runEnd) next++;
      }
    }
    offset = runEnd;
  }
  return out;
}
