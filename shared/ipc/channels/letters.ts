// IPC channels for decision letters: list a case's letters, create one from a template, read it,
// save an edited section, regenerate a section from the case (for a diff, nothing is written),
// remember the anonymise switch, export PDF/DOCX, approve (freezes it and keeps both files with
// their SHA-256), and supersede an approved letter with a new draft version.
import { z } from 'zod';
import { letterSchema, letterSectionSchema } from '../../letters/model';
import { letterCheckSchema } from '../../letters/checks/types';
import type { TemplateId } from '../../letters/templates';
import { channel } from '../channel';

export const LETTER_TEMPLATE_IDS = ['draft', 'final', 'council-response'] as const satisfies readonly TemplateId[];
export const LETTER_STATUSES = ['draft', 'approved', 'superseded'] as const;
export const LETTER_FORMATS = ['pdf', 'docx'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

const caseId = z.string().min(1, { message: 'a case id is required' }).max(100);
const letterId = z.string().min(1, { message: 'a letter id is required' }).max(100);
const sectionId = z.string().min(1, { message: 'a section id is required' }).max(200);

export const letterSummarySchema = z.object({
  id: z.string(),
  template: z.enum(LETTER_TEMPLATE_IDS),
  /** "Ombudsmen's final decision". */
  templateLabel: z.string(),
  version: z.number().int(),
  status: z.enum(LETTER_STATUSES),
  title: z.string(),
  /** Whether the preview and exports start anonymised. */
  anonymise: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
});
export type LetterSummary = z.infer<typeof letterSummarySchema>;

export const letterRenditionSchema = z.object({
  format: z.enum(LETTER_FORMATS),
  sha256: z.string(),
  size: z.number().int(),
  /** Where the file is kept in the workspace's store. */
  path: z.string(),
  createdAt: z.string(),
});
export type LetterRendition = z.infer<typeof letterRenditionSchema>;

/** The case's people and organisations as the anonymiser and the real-name check take them. */
export const letterPartiesSchema = z.object({
  people: z.array(
    z.object({
      name: z.string(),
      title: z.string().optional(),
      label: z.string().optional(),
      relationship: z.string().optional(),
    }),
  ),
  organisations: z.array(z.object({ name: z.string(), kind: z.string(), shortName: z.string().optional() })),
});
export type LetterParties = z.infer<typeof letterPartiesSchema>;

export const letterDetailSchema = letterSummarySchema.extend({
  letter: letterSchema,
  /** The approved PDF and DOCX (empty until the letter is approved). */
  renditions: z.array(letterRenditionSchema),
  parties: letterPartiesSchema,
  /** The letter checks (a draft's; none for an approved letter). Errors block approval. */
  checks: z.array(letterCheckSchema),
});
export type LetterDetail = z.infer<typeof letterDetailSchema>;

const letterRef = { caseId, letterId };

export const letterChannels = {
  'letters.list': channel(z.strictObject({ caseId }), z.array(letterSummarySchema)),
  'letters.create': channel(
    z.strictObject({ caseId, template: z.enum(LETTER_TEMPLATE_IDS, { error: 'choose a template' }) }),
    letterDetailSchema,
  ),
  'letters.get': channel(z.strictObject(letterRef), letterDetailSchema),
  'letters.saveSection': channel(
    z.strictObject({ ...letterRef, sectionId, section: letterSectionSchema }),
    letterDetailSchema,
  ),
  'letters.regenerateSection': channel(
    z.strictObject({ ...letterRef, sectionId }),
    z.object({ current: letterSectionSchema, regenerated: letterSectionSchema }),
  ),
  'letters.setAnonymise': channel(z.strictObject({ ...letterRef, anonymise: z.boolean() }), letterSummarySchema),
  'letters.export': channel(
    z.strictObject({
      ...letterRef,
      format: z.enum(LETTER_FORMATS),
      anonymise: z.boolean(),
      path: z.string().min(1).max(4000).optional(),
    }),
    z.union([
      z.object({ cancelled: z.literal(true) }),
      z.object({
        cancelled: z.literal(false),
        path: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        anonymised: z.boolean(),
      }),
    ]),
  ),
  'letters.approve': channel(z.strictObject(letterRef), letterDetailSchema),
  'letters.updateDecisionLines': channel(z.strictObject(letterRef), letterDetailSchema),
  'letters.supersede': channel(z.strictObject(letterRef), letterDetailSchema),
};
