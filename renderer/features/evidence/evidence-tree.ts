// The evidence list as a tree: email attachments sit under their email, in the order they were
// imported, and the rest keep the order the list came in.
import type { EvidenceSummaryView } from '../../../shared/domain/evidence';

export interface EvidenceRow {
  item: EvidenceSummaryView;
  depth: number;
}

export function nestEvidence(items: readonly EvidenceSummaryView[]): EvidenceRow[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string, EvidenceSummaryView[]>();
  for (const item of items) {
    if (item.parentId && ids.has(item.parentId)) {
      const list = children.get(item.parentId) ?? [];
      list.push(item);
      children.set(item.parentId, list);
    }
  }
  const rows: EvidenceRow[] = [];
  const seen = new Set<string>();
  const visit = (item: EvidenceSummaryView, depth: number) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    rows.push({ item, depth });
    for (const child of children.get(item.id) ?? []) visit(child, depth + 1);
  };
  // An attachment whose email is missing from the list is shown at the top level rather than lost.
  for (const item of items) if (!item.parentId || !ids.has(item.parentId)) visit(item, 0);
  return rows;
}
