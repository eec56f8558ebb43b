import { fold } from './search-query';
import { ExpandedQuery, ExpandedTerm } from './thesaurus';

/**
 * The SQL of one search, from an expanded query: a `q` row holding the
 * tsqueries (all groups; any group; each group; the excluded terms) and the
 * match conditions on `search_entry e`, strict (full text only) and fuzzy
 * (full text or trigrams, for compounds, partial words and typos).
 */
export interface MatchSql {
  /** `SELECT … AS g0, …, … AS tsq, … AS tsq_any` for a CTE named q. */
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
  // A term matches in any configuration, by any of its alternatives; gp_any drops the repeats (the stemmers agree on most words).
  const configurations = (text: string) => {
    const p = param(text);
    return `phraseto_tsquery('gp_dutch', ${p}), phraseto_tsquery('gp_german', ${p}), phraseto_tsquery('gp_english', ${p})`;
  };
  const group = (terms: ExpandedTerm[]) => `gp_any(${terms.flatMap((t) => t.alternatives.map(configurations)).join(', ')})`;
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
  const conjunction = (names: string[]) => (names.length ? names.join(' && ') : `''::tsquery`);
  const disjunction = (names: string[]) => (names.length ? names.join(' || ') : `''::tsquery`);
  const all = excluded ? `${conjunction(groups)} && !! ${excluded}` : conjunction(groups);
  // The q row, for ranking and snippets of the matches found.
  const q = `SELECT ${[...groups.map((g, i) => `${g} AS g${i}`), `(${all}) AS tsq`, `(${disjunction(groups)}) AS tsq_any`].join(', ')}`;
  // The match conditions carry the tsqueries themselves, not q's columns: so the planner sees how common the words are
  // and reads the most recent entries in order for a common word, the full-text index for a rare one.
  const notExcluded = excluded ? ` AND NOT (numnode(${excluded}) > 0 AND e.tsv @@ ${excluded})` : '';
  const strict = groups.length ? `e.tsv @@ (${all})` : 'FALSE';
  const conditions = query.groups.map((terms, i) => {
    const words = trigram(terms);
    // A group of stop words alone ("de", "the") asks for nothing, as in full-text search.
    return { words: Boolean(words), sql: words ? `(e.tsv @@ ${groups[i]} OR ${words})` : `(numnode(${groups[i]}) = 0 OR e.tsv @@ ${groups[i]})` };
  });
  // …but a query of nothing but stop words finds nothing.
  const something = conditions.some((c) => c.words) ? '' : `numnode(${disjunction(groups)}) > 0 AND `;
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
