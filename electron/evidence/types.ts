// The shapes the evidence back end hands to its callers: evidence items, pages, import outcomes,
// progress and search hits. Plain data with no Node types, so the IPC contract can reuse them.

/** What a file is, judged from its bytes. `other` appears only for email attachments we keep but cannot read. */
export type EvidenceType = 'pdf' | 'docx' | 'eml' | 'txt' | 'png' | 'jpeg' | 'tiff' | 'other';

/** How a page's text was obtained. */
export type PageTextMethod = 'text' | 'ocr' | 'none';

/** How a document's text was obtained: `mixed` when some pages came from the text layer and some from OCR. */
export type DocumentTextMethod = PageTextMethod | 'mixed';

export interface EmailHeaders {
  from: string;
  to: string[];
  cc: string[];
  /** ISO timestamp as the email states it, or null when it has no readable Date header. */
  date: string | null;
  subject: string;
}

export interface EvidenceSummary {
  caseId: string;
  id: string;
  /** The email this item was attached to, or null. */
  parentId: string | null;
  title: string;
  originalName: string;
  type: EvidenceType;
  size: number;
  sha256: string;
  importedAt: string;
  importedBy: string;
  documentDate: string | null;
  authorOrg: string | null;
  tags: string[];
  textMethod: DocumentTextMethod;
  pageCount: number;
  childCount: number;
}

export interface EvidencePageInfo {
  page: number;
  method: PageTextMethod;
  chars: number;
}

export interface EvidenceDetail extends EvidenceSummary {
  notes: string;
  email: EmailHeaders | null;
  /** Things said while reading the file ("page 7 could not be read"). */
  extractionNotes: string[];
  children: EvidenceSummary[];
  pages: EvidencePageInfo[];
}

export interface EvidencePage {
  page: number;
  text: string;
  method: PageTextMethod;
}

export interface EvidenceMetadataPatch {
  title?: string;
  documentDate?: string | null;
  authorOrg?: string | null;
  tags?: string[];
  notes?: string;
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed' | 'cancelled';

export type ImportFailureReason =
  | 'vanished'
  | 'not_a_file'
  | 'unreadable'
  | 'empty'
  | 'too_large'
  | 'changed'
  | 'unsupported'
  | 'corrupt'
  | 'password'
  | 'save_failed';

export interface ImportOutcome {
  /** The path as given. */
  file: string;
  status: ImportStatus;
  /** The new item's id (imported) or the existing one's (duplicate). */
  evidenceId?: string;
  /** Ids of items made from an email's attachments. */
  childIds?: string[];
  reason?: ImportFailureReason;
  /** Plain words naming the file: "Imported 'care-plan.pdf' as d3 (12 pages)." */
  message: string;
}

export type ImportPhase = 'checking' | 'hashing' | 'copying' | 'reading' | 'ocr' | 'saving' | 'done';

export interface ImportProgress {
  /** 0-based index of the file being worked on. */
  fileIndex: number;
  fileCount: number;
  file: string;
  filePhase: ImportPhase;
  pagesDone: number;
  /** 0 while the page count is not yet known. */
  pagesTotal: number;
  /** Files finished so far (imported, duplicate or failed). */
  filesDone: number;
}

export interface SnippetPart {
  text: string;
  highlight: boolean;
}

export interface EvidenceSearchHit {
  caseId: string;
  caseTitle: string;
  evidenceId: string;
  title: string;
  /** The page the words are on, or null when they matched the item's title, tags or notes. */
  page: number | null;
  snippet: SnippetPart[];
  /** bm25: lower is a better match. */
  score: number;
}

export interface EvidenceSearchResult {
  /** The FTS5 expression the user's words were translated to. */
  expression: string;
  hits: EvidenceSearchHit[];
}
