// IPC channels for the application itself: what it is running on, and the investigator's settings.
import { z } from 'zod';
import { channel } from '../channel';

export const appSettingsSchema = z.object({
  /** The investigator's name, written into the audit log as "who". */
  investigatorName: z.string(),
  /** False until the investigator has confirmed their name on first run. */
  nameConfirmed: z.boolean(),
  /** How many years a closed case is kept before the case list offers it for deletion (default 6). */
  retentionYears: z.number().int(),
});

export const DEFAULT_RETENTION_YEARS = 6;
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const appChannels = {
  'app.info': channel(
    z.strictObject({}),
    z.object({ version: z.string(), host: z.enum(['electron', 'browser']), dataDir: z.string() }),
  ),
  'settings.get': channel(z.strictObject({}), appSettingsSchema),
  'settings.update': channel(
    z.strictObject({
      investigatorName: z.string().trim().min(1, { message: 'Enter your name' }).max(200).optional(),
      retentionYears: z
        .number()
        .int({ message: 'a whole number of years' })
        .min(1, { message: 'at least 1 year' })
        .max(100, { message: 'at most 100 years' })
        .optional(),
    }),
    appSettingsSchema,
  ),
};
