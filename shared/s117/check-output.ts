// The shape of the duty check's result — `s117 check FILE --json` (CASEFILE.md "Duty check
// output"). Key order here is the key order of the printed JSON.
import { z } from 'zod';
import { SEVERITIES } from '../domain/vocabulary';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const responsibleCouncilSchema = z.strictObject({
  org: z.string().nullable(),
  basis: z.string(),
  events: z.array(z.string()),
});

export const responsibleNhsSchema = z.strictObject({
  org: z.string().nullable(),
  rule: z.enum(['who-pays-2013', 'who-pays-2016', 'who-pays-2020', 'who-pays-2022']).nullable(),
  basis: z.string(),
  events: z.array(z.string()),
  alternative: z.strictObject({ org: z.string(), basis: z.string() }).nullable(),
});

export const flagSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  orgs: z.array(z.string()),
  date,
  events: z.array(z.string()),
  payments: z.array(z.string()),
  message: z.string(),
  citation: z.string(),
});

export const episodeSchema = z.strictObject({
  detention: z.string(),
  discharge: z.string().nullable(),
  end: z.string().nullable(),
});

export const checkOutputSchema = z.strictObject({
  eligible: z.boolean(),
  entitlementFrom: date.nullable(),
  responsible: z.strictObject({ council: responsibleCouncilSchema, nhs: responsibleNhsSchema }),
  episodes: z.array(episodeSchema),
  flags: z.array(flagSchema),
});

export type CheckOutput = z.infer<typeof checkOutputSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type ResponsibleCouncil = z.infer<typeof responsibleCouncilSchema>;
export type ResponsibleNhs = z.infer<typeof responsibleNhsSchema>;
