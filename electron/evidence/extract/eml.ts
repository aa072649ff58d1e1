// Emails (.eml) through postal-mime: the headers and body become page 1; attachments are handed
// back as bytes for the importer to store as child items linked to the email.
import { readFile } from 'node:fs/promises';
import PostalMime, { type Address } from 'postal-mime';
import { todayInLondon } from '../../../shared/dates/calendar-date';
import type { EmailHeaders } from '../types';
import { fail, succeed, tidyText, type ExtractContext, type ExtractedAttachment, type ExtractResult } from './types';

export async function extractEml(path: string, ctx: ExtractContext): Promise<ExtractResult> {
  ctx.onPage?.(0, 1, 'reading');
  const raw = await readFile(path);
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  } catch {
    return fail('corrupt', 'it is not a readable email (the file is damaged)');
  }
  const parsedDate = email.date ? new Date(email.date) : null;
  const date = parsedDate && !Number.isNaN(parsedDate.getTime()) ? parsedDate.toISOString() : null;
  const headers: EmailHeaders = {
    from: email.from ? formatAddress(email.from) : '',
    to: (email.to ?? []).map(formatAddress),
    cc: (email.cc ?? []).map(formatAddress),
    date,
    subject: email.subject ?? '',
  };
  const body = tidyText(email.text ?? htmlToText(email.html ?? ''));
  const headerBlock = [
    `From: ${headers.from}`,
    `To: ${headers.to.join(', ')}`,
    ...(headers.cc.length ? [`Cc: ${headers.cc.join(', ')}`] : []),
    `Date: ${email.date ?? ''}`,
    `Subject: ${headers.subject}`,
  ].join('\n');
  // Pictures embedded in an HTML body (signature logos and the like, multipart/related) stay in
  // the stored email; only real attachments become items of their own.
  const embedded = email.attachments.filter((a) => a.related && a.disposition !== 'attachment');
  const attachments: ExtractedAttachment[] = email.attachments
    .filter((a) => !embedded.includes(a))
    .map((a) => ({
      filename: a.filename,
      mimeType: a.mimeType,
      bytes: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
    }));
  ctx.onPage?.(1, 1, 'reading');
  return succeed({
    pages: [{ page: 1, text: `${headerBlock}\n\n${body}`.trim(), method: 'text' }],
    email: headers,
    ...(parsedDate && date ? { documentDate: todayInLondon(parsedDate) } : {}),
    attachments,
    notes: embedded.length
      ? [
          embedded.length === 1
            ? '1 picture embedded in the body was not made a separate item.'
            : `${embedded.length} pictures embedded in the body were not made separate items.`,
        ]
      : [],
  });
}

function formatAddress(address: Address): string {
  if (address.group) return `${address.name}: ${address.group.map(formatAddress).join(', ')}`;
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
