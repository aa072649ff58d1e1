// The address of a stored original, relative to the page so it works in both hosts.
export const evidenceFileUrlFor = (sha256: string) => `evidence-file/${sha256}`;
