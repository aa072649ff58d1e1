// Full-text search over evidence page text and metadata (SQLite FTS5), within one case or across
// all. The user's words are translated into a safe FTS5 expression: every term is quoted, so
// punctuation and FTS keywords mean nothing special; "quoted phrases", prefix* terms, OR between
// terms and -exclusions are honoured; terms are ANDed by default. Results are ranked by bm25 and
// carry a snippet with the matched terms marked and the page they are on.
import type { Db } from './db';
import { AppError } from '../errors';
import type { EvidenceSearchHit, EvidenceSearchResult, SnippetPart } from '../evidence/types';

export type QueryTranslation = { ok: true; expression: string } | { ok: false; message: string };

const MAX_QUERY_CHARS = 500;
const OPEN = '\uE000';
const CLOSE = '\uE001';

interface Term {
  text: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
  orWithPrevious: boolean;
}

const MIN_PREFIX_CHARS = 2;
const hasWordChar = (s: string) => /[\p{L}\p{N}]/u.test(s);
const wordChars = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
const tooShortPrefix = (term: string): QueryTranslation => ({
  ok: false,
  message: `"${term}" would match too many words: type at least ${MIN_PREFIX_CHARS} letters before the *.`,
});
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function translateSearchQuery(input: string): QueryTranslation {
  const query = input.trim();
  if (!query) return { ok: false, message: 'Type a word or a "quoted phrase" to search for.' };
  if (query.length > MAX_QUERY_CHARS) {
    return { ok: false, message: `The search is too long (${query.length} characters; at most ${MAX_QUERY_CHARS}).` };
  }
  if ((query.match(/"/g)?.length ?? 0) % 2 === 1) {
    return { ok: false, message: 'A quotation mark is not closed. Put a " at the end of the phrase, or remove it.' };
  }
  const terms: Term[] = [];
  let pendingOr = false;
  const tokenPattern = /(-?)"([^"]*)"(\*?)|(\S+)/g;
  for (const m of query.matchAll(tokenPattern)) {
    if (m[4] !== undefined) {
      const raw = m[4];
      if (raw === 'OR' || raw === '|') {
        pendingOr = terms.length > 0;
        continue;
      }
      const negated = raw.startsWith('-') && raw.length > 1;
      let word = negated ? raw.slice(1) : raw;
      const prefix = word.endsWith('*');
      word = word.replace(/\*+$/, '');
      if (!hasWordChar(word)) continue;
      if (prefix && wordChars(word) < MIN_PREFIX_CHARS) return tooShortPrefix(raw);
      terms.push({ text: word, phrase: false, prefix, negated, orWithPrevious: pendingOr && !negated });
    } else {
      const text = (m[2] ?? '').trim();
      if (!hasWordChar(text)) continue;
      if (m[3] === '*' && wordChars(text.split(/\s+/).at(-1) ?? '') < MIN_PREFIX_CHARS) return tooShortPrefix(m[0]);
      const negated = m[1] === '-';
      terms.push({ text, phrase: true, prefix: m[3] === '*', negated, orWithPrevious: pendingOr && !negated });
    }
    pendingOr = false;
  }
  const positive = terms.filter((t) => !t.negated);
  if (positive.length === 0) {
    return {
      ok: false,
      message: terms.length
        ? 'Add a word to look for as well as the words to leave out.'
        : 'Type a word or a "quoted phrase" to search for: the search had only punctuation in it.',
    };
  }
  // Positive terms: runs joined by OR become one group; groups are ANDed. Exclusions follow with NOT.
  const groups: string[][] = [];
  for (const t of positive) {
    const expr = `${quote(t.text)}${t.prefix ? '*' : ''}`;
    if (t.orWithPrevious && groups.length) groups[groups.length - 1]!.push(expr);
    else groups.push([expr]);
  }
  let expression = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0]!)).join(' AND ');
  for (const t of terms.filter((x) => x.negated)) expression += ` NOT ${quote(t.text)}${t.prefix ? '*' : ''}`;
  return { ok: true, expression };
}

export interface SearchOptions {
  query: string;
  /** Search one case; omit (or null) to search every case. */
  caseId?: string | null;
  limit?: number;
}

interface HitRow {
  case_id: string;
  case_title: string;
  evidence_id: string;
  title: string;
  page: number | null;
  snippet: string;
  score: number;
}

/** Ranked hits (best first); throws AppError('invalid_input') with a helpful message for a query that cannot be searched. */
export function searchEvidence(db: Db, options: SearchOptions): EvidenceSearchResult {
  const translated = translateSearchQuery(options.query);
  if (!translated.ok) throw new AppError('invalid_input', translated.message);
  const limit = Math.max(1, Math.min(options.limit ?? 50, 500));
  const caseId = options.caseId ?? null;
  const params = { expr: translated.expression, caseId, limit };
  let rows: HitRow[];
  try {
    rows = [...rankPageHits(db, params), ...rankMetaHits(db, params)].sort((a, b) => a.score - b.score).slice(0, limit);
  } catch {
    throw new AppError(
      'invalid_input',
      `The search "${options.query.trim()}" could not be run. Use plain words, "quoted phrases" and word* for words that start with something.`,
    );
  }
  const hits: EvidenceSearchHit[] = rows.map((r) => ({
    caseId: r.case_id,
    caseTitle: r.case_title,
    evidenceId: r.evidence_id,
    title: r.title,
    page: r.page,
    snippet: snippetParts(r.snippet),
    score: r.score,
  }));
  return { expression: translated.expression, hits };
}

interface SearchParams {
  expr: string;
  caseId: string | null;
  limit: number;
}

// Ranking first and making snippets only for the pages that made the cut keeps a common word
// on a 50,000-page corpus fast: snippet() re-reads a page's text, bm25() does not. The snippets
// come from one query that names the chosen rows with `rowid IN (…)`: beside MATCH, SQLite 3.53
// answers a plain `rowid = ?` with the wrong row's snippet, and `rowid BETWEEN ? AND ?` is right
// but re-reads the whole match list for every hit (50 hits, 60 ms on a common word).
function rankPageHits(db: Db, params: SearchParams): HitRow[] {
  const scoped =
    params.caseId === null
      ? `text : (${params.expr})`
      : `case_id : ${quote(params.caseId)} AND text : (${params.expr})`;
  const ranked = db
    .prepare(
      `SELECT rowid AS row_id, bm25(evidence_page_fts, 1.0, 0.0) AS score FROM evidence_page_fts
       WHERE evidence_page_fts MATCH @scoped ORDER BY score LIMIT @limit`,
    )
    .all({ scoped, limit: params.limit }) as Array<{ row_id: number; score: number }>;
  if (ranked.length === 0) return [];
  const snippets = new Map(
    (
      db
        .prepare(
          `SELECT rowid AS row_id, snippet(evidence_page_fts, 0, '${OPEN}', '${CLOSE}', '…', 16) AS snippet
           FROM evidence_page_fts
           WHERE evidence_page_fts MATCH @scoped AND rowid IN (SELECT value FROM json_each(@ids))`,
        )
        .all({ scoped, ids: JSON.stringify(ranked.map((r) => r.row_id)) }) as Array<{ row_id: number; snippet: string }>
    ).map((r) => [r.row_id, r.snippet]),
  );
  const describe = db.prepare(
    `SELECT p.case_id, c.title AS case_title, p.evidence_id, e.title, p.page
     FROM evidence_pages p
     JOIN evidence e ON e.case_id = p.case_id AND e.id = p.evidence_id
     JOIN cases c ON c.id = p.case_id
     WHERE p.row_id = @rowId AND (@caseId IS NULL OR p.case_id = @caseId)`,
  );
  return ranked.flatMap((r) => {
    // The case id was matched as tokens ("c1" is also the first token of "c1-2"): confirm it exactly.
    const row = describe.get({ rowId: r.row_id, caseId: params.caseId }) as
      Omit<HitRow, 'score' | 'snippet'> | undefined;
    return row ? [{ ...row, snippet: snippets.get(r.row_id) ?? '', score: r.score }] : [];
  });
}

function rankMetaHits(db: Db, params: SearchParams): HitRow[] {
  return db
    .prepare(
      `SELECT m.case_id, c.title AS case_title, m.evidence_id, e.title, NULL AS page,
              snippet(evidence_meta_fts, -1, '${OPEN}', '${CLOSE}', '…', 16) AS snippet,
              bm25(evidence_meta_fts, 2.0, 1.0) AS score
       FROM evidence_meta_fts m
       JOIN evidence e ON e.case_id = m.case_id AND e.id = m.evidence_id
       JOIN cases c ON c.id = m.case_id
       WHERE evidence_meta_fts MATCH @expr AND (@caseId IS NULL OR m.case_id = @caseId)
       ORDER BY score LIMIT @limit`,
    )
    .all(params) as HitRow[];
}

/** Splits a marked snippet into plain and highlighted runs (no HTML, so nothing to escape). */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of marked.split(OPEN)) {
    const close = piece.indexOf(CLOSE);
    if (close === -1) {
      if (piece) parts.push({ text: piece, highlight: false });
      continue;
    }
    if (close > 0) parts.push({ text: piece.slice(0, close), highlight: true });
    const rest = piece.slice(close + 1);
    if (rest) parts.push({ text: rest, highlight: false });
  }
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
}
