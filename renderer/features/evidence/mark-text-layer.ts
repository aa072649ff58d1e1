// Marks the searched words in a rendered pdf.js text layer: the spans' text is read as one run
// (a space between spans, so a phrase over a line break still matches), the matches are found
// and each span's share of them is wrapped in <mark>.
import { findHighlights, rangesByPiece, type HighlightTerm } from '../search/search-terms';

export const HIT_CLASS = 'evidence-hit';

/** Wraps the matches in marks; returns how many marks were made. */
export function markTextLayer(layer: HTMLElement, terms: readonly HighlightTerm[]): number {
  if (!terms.length) return 0;
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  // Each piece is a text node followed by a separating space (counted in the piece's length).
  const texts = nodes.map((n) => n.data);
  const joined = texts.join(' ');
  const ranges = findHighlights(joined, terms);
  const perPiece = rangesByPiece(
    texts.map((t) => t.length + 1),
    ranges,
  );
  let marks = 0;
  nodes.forEach((node, i) => {
    const local = (perPiece[i] ?? [])
      .map((r) => ({ start: r.start, end: Math.min(r.end, node.data.length) }))
      .filter((r) => r.start < r.end);
    if (!local.length) return;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const r of local) {
      if (r.start > at) fragment.append(node.data.slice(at, r.start));
      const mark = document.createElement('mark');
      mark.className = HIT_CLASS;
      mark.textContent = node.data.slice(r.start, r.end);
      fragment.append(mark);
      marks++;
      at = r.end;
    }
    if (at < node.data.length) fragment.append(node.data.slice(at));
    node.replaceWith(fragment);
  });
  return marks;
}
