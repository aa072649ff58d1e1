// Applies offsets (benefits, refunds already made) to loss items, in the order CASEFILE.md
// gives: each offset in turn, to the payments in its `against` list in that order, each item
// taking up to what is left of it; a scheduled payment's instalments in date order.
import type { CaseFileOffset } from '../casefile/schema';

export interface OffsetTarget {
  id: string;
  payment: string;
  date: string;
  gross: number;
}

export interface OffsetAllocation {
  offset: string;
  kind: CaseFileOffset['kind'];
  amount: number;
  /** What went to which item, in the order it was applied. */
  applied: Array<{ item: string; amount: number }>;
  /** What found no loss left to reduce. */
  unapplied: number;
}

export interface OffsetApplication {
  /** Total offset per item id (items with none are absent). */
  byItem: Map<string, number>;
  allocations: OffsetAllocation[];
}

/** Items are financial-loss items only: an offset against a payment that is not loss reduces nothing. */
export function applyOffsets(
  items: readonly OffsetTarget[],
  offsets: readonly CaseFileOffset[] | undefined,
): OffsetApplication {
  const remaining = new Map(items.map((item) => [item.id, item.gross]));
  const byItem = new Map<string, number>();
  const itemsOfPayment = new Map<string, OffsetTarget[]>();
  for (const item of items) {
    const list = itemsOfPayment.get(item.payment) ?? [];
    list.push(item);
    itemsOfPayment.set(item.payment, list);
  }
  // Date order within a payment; the sort is stable, so equal dates keep instalment order.
  for (const list of itemsOfPayment.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const allocations = (offsets ?? []).map((offset): OffsetAllocation => {
    let left = offset.amount;
    const applied: OffsetAllocation['applied'] = [];
    const seen = new Set<string>();
    for (const paymentId of offset.against) {
      if (seen.has(paymentId)) continue;
      seen.add(paymentId);
      for (const item of itemsOfPayment.get(paymentId) ?? []) {
        if (left === 0) break;
        const take = Math.min(left, remaining.get(item.id) ?? 0);
        if (take === 0) continue;
        left -= take;
        remaining.set(item.id, (remaining.get(item.id) ?? 0) - take);
        byItem.set(item.id, (byItem.get(item.id) ?? 0) + take);
        applied.push({ item: item.id, amount: take });
      }
    }
    return { offset: offset.id, kind: offset.kind, amount: offset.amount, applied, unapplied: left };
  });
  return { byItem, allocations };
}
