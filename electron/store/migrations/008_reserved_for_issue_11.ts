// Migration 8 is issue 11's (letter checks); this empty stand-in keeps the versions contiguous on
// the issue-12 branch until the two are merged, when the real 008 replaces it.
import type { Migration } from './types';

export default {
  version: 8,
  name: 'reserved_for_issue_11',
  sql: '',
} satisfies Migration;
