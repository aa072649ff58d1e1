// Where a search hit opens: the viewer at the hit's page, with the searched words to highlight.
export function evidenceViewerLink(input: {
  caseId: string;
  evidenceId: string;
  page?: number | null;
  query?: string;
}): string {
  const params = new URLSearchParams();
  if (input.page) params.set('page', String(input.page));
  if (input.query?.trim()) params.set('q', input.query.trim());
  const search = params.toString();
  return `/cases/${encodeURIComponent(input.caseId)}/evidence/${encodeURIComponent(input.evidenceId)}${search ? `?${search}` : ''}`;
}
