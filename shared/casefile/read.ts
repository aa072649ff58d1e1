// Reads a `.s117.json` case file: JSON syntax, format and version (a newer version is refused
// with a message that says so), the schema, then cross-references. Either a valid CaseFile or
// a list of issues, each naming its JSON path; never a half-read file.
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, caseFileSchema, type CaseFile } from './schema';
import { checkReferences } from './references';
import { toFieldIssues, type FieldIssue } from '../validation/issues';

export type ReadResult = { ok: true; file: CaseFile } | { ok: false; issues: FieldIssue[] };

export function readCaseFileText(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON (${(err as Error).message})` }] };
  }
  return readCaseFileData(data);
}

export function readCaseFileData(data: unknown): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, issues: [{ path: '', message: 'a case file must be a JSON object' }] };
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== CASE_FILE_FORMAT)
    return {
      ok: false,
      issues: [{ path: 'format', message: `must be "${CASE_FILE_FORMAT}" (this is not an S117 case file)` }],
    };
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1)
    return { ok: false, issues: [{ path: 'version', message: 'must be a whole number from 1' }] };
  if (head.version > CASE_FILE_VERSION)
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          message: `this case file is format version ${head.version}, newer than this workbench reads (up to version ${CASE_FILE_VERSION}); update the workbench to open it`,
        },
      ],
    };
  const parsed = caseFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const refIssues = checkReferences(parsed.data);
  if (refIssues.length > 0) return { ok: false, issues: refIssues };
  return { ok: true, file: parsed.data };
}
