import { fold } from './search-query';
import { ExpandedQuery, ExpandedTerm } from './thesaurus';

/**
 * The SQL of one search, from an expanded query: a `q` row holding the
 * tsqueries (all groups; any group; each group; the excluded terms) and the
 * match conditions on `search_entry e`, strict (full text only) and fuzzy
 * (full text or trigrams, for compounds, partial words and typos).
 */
export interface MatchSql {
  /** `SELECT … AS tsq, … AS tsq_any, … AS g0, …` for a CTE named q. */
  q: string;
  strict: string;
  fuzzy: string;
  /** The rank of a strict match, and of a fuzzy one. */
  strictRank: string;
  fuzzyRank: string;
  /** The rank by any group matched (for suggestions, where not every word need occur). */
  anyRank: string;
  params: Record<string, unknown>;
  /** Whether anything can match at all (a query of only punctuation cannot). */
  empty: boolean;
}

/** ts_rank's weights for D (comments), C (other fields, progress notes), B (description, question, answer), A (title). */
const WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;
/** Recent items rank higher: a year-old item keeps 85 % of its score, a long-untouched one 70 %. */
const RECENCY = `(0.7 + 0.3 / (1 + greatest(current_date - e.updated_at::date, 0) / 365.0))`;
/** Trigram matching is for words long enough to carry meaning (not "de", "the", "und"). */
const MIN_TRIGRAM_WORD = 4;

/** A word without its last letters, so that it matches its inflections inside compounds: diploma → diplom, grensarbeider → grensarbeid. */
export function stem(word: string): string {
  return word.length >= 8 ? word.slice(0, -2) : word.length >= 6 ? word.slice(0, -1) : word;
}

export function matchSql(query: ExpandedQuery): MatchSql {
  const params: Record<string, unknown> = {};
  let n = 0;
  const param = (value: unknown) => {
    const name = `s${n++}`;
    params[name] = value;
    return `:${name}`;
  };
  const tsquery = (text: string) => {
    const p = param(text);
    return `(phraseto_tsquery('gp_dutch', ${p}) || phraseto_tsquery('gp_german', ${p}) || phraseto_tsquery('gp_english', ${p}))`;
  };
  const term = (t: ExpandedTerm) => t.alternatives.map(tsquery).join(' || ');
  const group = (terms: ExpandedTerm[]) => `(${terms.map(term).join(' || ')})`;
  const like = (text: string) => param(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const trigram = (terms: ExpandedTerm[]) =>
    terms
      .flatMap((t) =>
        t.alternatives
          .map(fold)
          .filter((a) => a.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_TRIGRAM_WORD)
          .map((a) => {
            if (t.phrase) return `e.fold LIKE ${like(a)}`;
            // A single word also matches inside a compound by its stem (diplom in Lehrerdiplomen), and with a typo by trigram similarity.
            return /\s/.test(a) ? `${param(a)} <% e.fold` : `(e.fold LIKE ${like(stem(a))} OR ${param(a)} <% e.fold)`;
          }),
      )
      .join(' OR ');

  const groups = query.groups.map(group);
  const excluded = query.excluded.length ? group(query.excluded) : null;
  const all = groups.length ? groups.map((_, i) => `g.g${i}`).join(' && ') : `''::tsquery`;
  const any = groups.length ? groups.map((_, i) => `g.g${i}`).join(' || ') : `''::tsquery`;
  const select = [...groups.map((g, i) => `${g} AS g${i}`), `${excluded ?? `''::tsquery`} AS neg`];
  const q = `SELECT g.*, (${excluded ? `${all} && !! g.neg` : all}) AS tsq, (${any}) AS tsq_any FROM (SELECT ${select.join(', ')}) g`;
  const notExcluded = excluded ? ` AND NOT (numnode(q.neg) > 0 AND e.tsv @@ q.neg)` : '';
  const strict = groups.length ? `(numnode(q.tsq) > 0 AND e.tsv @@ q.tsq)` : 'FALSE';
  const conditions = query.groups.map((terms, i) => {
    const words = trigram(terms);
    // A group of stop words alone ("de", "the") asks for nothing, as in full-text search.
    return { words: Boolean(words), sql: words ? `(numnode(q.g${i}) > 0 AND e.tsv @@ q.g${i} OR ${words})` : `(numnode(q.g${i}) = 0 OR e.tsv @@ q.g${i})` };
  });
  // …but a query of nothing but stop words finds nothing.
  const something = conditions.some((c) => c.words) ? '' : 'numnode(q.tsq_any) > 0 AND ';
  const fuzzy = groups.length ? `(${something}${conditions.map((c) => c.sql).join(' AND ')})${notExcluded}` : 'FALSE';
  const whole = param(fold(query.groups.flatMap((g) => g.map((t) => t.text)).join(' ')));
  return {
    q,
    strict,
    fuzzy,
    strictRank: `ts_rank(${WEIGHTS}, e.tsv, q.tsq, 1) * ${RECENCY}`,
    anyRank: `ts_rank(${WEIGHTS}, e.tsv, q.tsq_any, 1) * ${RECENCY}`,
    fuzzyRank: `(ts_rank(${WEIGHTS}, e.tsv, q.tsq_any, 1) + 0.05 * word_similarity(${whole}, e.fold)) * ${RECENCY}`,
    params,
    empty: groups.length === 0,
  };
}
