// The five XML entities back to their characters: for reading text and properties out of the
// Word documents the app writes (document metadata checks, tests that read an export back).
export const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
