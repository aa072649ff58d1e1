// Opening a search hit: the viewer's address carries the page and the words.
import { describe, expect, it } from 'vitest';
import { evidenceViewerLink } from './hit-link';

describe('evidenceViewerLink', () => {
  it('opens the document at the page with the words to highlight', () => {
    expect(evidenceViewerLink({ caseId: 'c1', evidenceId: 'd2', page: 3, query: ' "zebra aftercare" ' })).toBe(
      '/cases/c1/evidence/d2?page=3&q=%22zebra+aftercare%22',
    );
  });

  it('opens a hit on the details (no page) at the start', () => {
    expect(evidenceViewerLink({ caseId: 'c1', evidenceId: 'd2', page: null, query: '' })).toBe('/cases/c1/evidence/d2');
  });
});
