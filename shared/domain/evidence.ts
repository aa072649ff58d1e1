// Evidence as the UI sees it: items with their chain of custody, pages and how their text was
// obtained, search hits with snippets, and import outcomes.
import { z } from 'zod';

export const EVIDENCE_TYPES = ['pdf', 'docx', 'eml', 'txt', 'png', 'jpeg', 'tiff', 'other'] as const;
const pageMethod = z.enum(['text', 'ocr', 'none']);

export const evidenceSummarySchema = z.object({
  caseId: z.string(),
  id: z.string(),
  parentId: z.string().nullable(),
  title: z.string(),
  originalName: z.string(),
  type: z.enum(EVIDENCE_TYPES),
  size: z.number(),
  sha256: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  documentDate: z.string().nullable(),
  authorOrg: z.string().nullable(),
  tags: z.array(z.string()),
  textMethod: z.enum(['text', 'ocr', 'none', 'mixed']),
  pageCount: z.number(),
  childCount: z.number(),
});

export const evidenceDetailSchema = evidenceSummarySchema.extend({
  notes: z.string(),
  email: z
    .object({
      from: z.string(),
      to: z.array(z.string()),
      cc: z.array(z.string()),
      date: z.string().nullable(),
      subject: z.string(),
    })
    .nullable(),
  extractionNotes: z.array(z.string()),
  children: z.array(evidenceSummarySchema),
  pages: z.array(z.object({ page: z.number(), method: pageMethod, chars: z.number() })),
});

export const evidencePageSchema = z.object({ page: z.number(), text: z.string(), method: pageMethod });

export const evidenceSearchResultSchema = z.object({
  expression: z.string(),
  hits: z.array(
    z.object({
      caseId: z.string(),
      caseTitle: z.string(),
      evidenceId: z.string(),
      title: z.string(),
      page: z.number().nullable(),
      snippet: z.array(z.object({ text: z.string(), highlight: z.boolean() })),
      score: z.number(),
    }),
  ),
});

export const importOutcomeSchema = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed', 'cancelled']),
  evidenceId: z.string().optional(),
  childIds: z.array(z.string()).optional(),
  reason: z.string().optional(),
  message: z.string(),
});

export type EvidenceSummaryView = z.infer<typeof evidenceSummarySchema>;
export type EvidenceDetailView = z.infer<typeof evidenceDetailSchema>;
export type EvidenceSearchResultView = z.infer<typeof evidenceSearchResultSchema>;
export type ImportOutcomeView = z.infer<typeof importOutcomeSchema>;
