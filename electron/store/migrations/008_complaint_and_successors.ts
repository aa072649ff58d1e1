// Migration 8: what the person complained about (heads per body, desired outcomes, bodies scoped
// out) on the case; the successor of an organisation (a CCG's ICB); and on each finding, who
// suffered the injustice and which complaint heads it answers. The letters are written from these.
import type { Migration } from './types';

export default {
  version: 8,
  name: 'complaint and successors',
  sql: `
ALTER TABLE cases ADD COLUMN complaint_json TEXT;
ALTER TABLE organisations ADD COLUMN successor TEXT;
ALTER TABLE findings ADD COLUMN injustice_to_json TEXT;
ALTER TABLE findings ADD COLUMN heads_json TEXT;
`,
} satisfies Migration;
