// Email attachments listed under their email.
import { describe, expect, it } from 'vitest';
import type { EvidenceSummaryView } from '../../../shared/domain/evidence';
import { nestEvidence } from './evidence-tree';

const item = (id: string, parentId: string | null = null): EvidenceSummaryView => ({
  caseId: 'c1',
  id,
  parentId,
  title: id,
  originalName: `${id}.pdf`,
  type: 'pdf',
  size: 10,
  sha256: 'a'.repeat(64),
  importedAt: '2026-01-01T00:00:00Z',
  importedBy: 'Jo',
  documentDate: null,
  authorOrg: null,
  tags: [],
  textMethod: 'text',
  pageCount: 1,
  childCount: 0,
});

describe('nestEvidence', () => {
  it('puts attachments straight after their email, one level in', () => {
    const rows = nestEvidence([item('d1'), item('d2'), item('d3', 'd2'), item('d4'), item('d5', 'd2')]);
    expect(rows.map((r) => `${r.item.id}:${r.depth}`)).toEqual(['d1:0', 'd2:0', 'd3:1', 'd5:1', 'd4:0']);
  });

  it('keeps an attachment whose email is not in the list', () => {
    expect(nestEvidence([item('d3', 'gone')]).map((r) => r.depth)).toEqual([0]);
  });
});
