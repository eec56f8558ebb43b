/**
 * The search box's language, with websearch_to_tsquery's semantics: words
 * must all occur, "quoted words" as a phrase, -word or -"phrase" must not
 * occur, and `or` between two terms lets either do. Parsed here rather than
 * by PostgreSQL so that each term can be widened by the thesaurus (a Dutch
 * word also finds its German and English equivalents) and matched by
 * trigrams for compounds and typos.
 */

export interface Term {
  /** The words as typed. */
  text: string;
  /** Quoted: the words must stand together, in this order. */
  phrase: boolean;
}

export interface ParsedQuery {
  /** All of these must match; each is a choice of terms (`a or b`). */
  groups: Term[][];
  /** None of these may match. */
  excluded: Term[];
}

const QUOTES = /[“”„"]/g;

export function parseQuery(input: string): ParsedQuery {
  const text = input.replace(QUOTES, '"').replace(/[’‘‚´`]/g, "'");
  const tokens: Array<Term & { negated: boolean }> = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[2] !== undefined) {
      const words = match[2].trim();
      if (/[\p{L}\p{N}]/u.test(words)) tokens.push({ text: words, phrase: true, negated: match[1] === '-' });
      continue;
    }
    let word = match[3];
    const negated = word.startsWith('-') && word.length > 1;
    if (negated) word = word.slice(1);
    word = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word) tokens.push({ text: word, phrase: false, negated });
  }
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (!token.phrase && !token.negated && token.text.toLowerCase() === 'or') {
      joinNext = groups.length > 0;
      continue;
    }
    const term = { text: token.text, phrase: token.phrase };
    if (token.negated) excluded.push(term);
    else if (joinNext) groups[groups.length - 1].push(term);
    else groups.push([term]);
    joinNext = false;
  }
  return { groups, excluded };
}

/** The query written back as a user would type it (for "did you mean"). */
export function formatQuery(query: ParsedQuery): string {
  const term = (t: Term) => (t.phrase ? `"${t.text}"` : t.text);
  return [...query.groups.map((g) => g.map(term).join(' or ')), ...query.excluded.map((t) => `-${term(t)}`)].join(' ');
}

/** Lower case without accents, curly quotes or typographic dashes: how terms are compared. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘‚´`]/g, "'")
    .replace(/[–—‐‑]/g, '-');
}

/**
 * German spelling without umlauts (ae for ä): the search configurations read
 * ä as a, so a query typed with ae gets its a-spelling as a variant too.
 */
export function spellingVariants(text: string): string[] {
  const variants = [text];
  if (/ae|oe|ue/i.test(text)) variants.push(text.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'));
  return variants;
}
