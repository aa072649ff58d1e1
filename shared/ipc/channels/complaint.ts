// IPC channels for the complaint as the person made it: the heads (what they complained about,
// naming the bodies each is about), the outcomes they want, and the bodies the investigator
// decided not to investigate or that put things right before the decision.
import { z } from 'zod';
import { SCOPE_OUTCOMES } from '../../domain/vocabulary';
import { channel } from '../channel';

const caseId = z.string().min(1, { message: 'a case id is required' }).max(100);
const orgId = z.string().min(1).max(100);
const words = (max: number, what: string) =>
  z
    .string({ error: `${what}: enter some text` })
    .trim()
    .min(1, { message: `${what}: enter some text` })
    .max(max, { message: `${what}: keep it to ${max.toLocaleString('en-GB')} characters` });

export const complaintHeadDraftSchema = z.strictObject({
  /** Absent for a new head: the workbench gives it an id. */
  id: z.string().min(1).max(100).optional(),
  orgs: z.array(orgId).min(1, { message: 'Choose the organisation(s) this part of the complaint is about' }),
  text: words(2000, 'What they complained about'),
});

export const complaintDraftSchema = z.strictObject({
  heads: z.array(complaintHeadDraftSchema).max(100),
  desiredOutcomes: z.array(words(2000, 'Outcome wanted')).max(50),
  scope: z
    .array(
      z.strictObject({
        org: orgId,
        outcome: z.enum(SCOPE_OUTCOMES, { error: 'choose not investigated or remedied before the decision' }),
        reason: words(5000, 'Reason'),
      }),
    )
    .max(50),
});
export type ComplaintDraft = z.input<typeof complaintDraftSchema>;

export const complaintSchema = z.object({
  heads: z.array(z.object({ id: z.string(), orgs: z.array(z.string()), text: z.string() })),
  desiredOutcomes: z.array(z.string()),
  scope: z.array(z.object({ org: z.string(), outcome: z.enum(SCOPE_OUTCOMES), reason: z.string() })),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintChannels = {
  'complaint.get': channel(z.strictObject({ caseId }), complaintSchema),
  'complaint.save': channel(z.strictObject({ caseId, complaint: complaintDraftSchema }), complaintSchema),
};
