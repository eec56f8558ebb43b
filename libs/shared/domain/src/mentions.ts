/** `@username` in a comment names a person: the API notifies them, the web app highlights the mention. One rule for both. */
// A username ends in a letter or digit, so the full stop after "@tom.willems." is the sentence's.
const MENTION = /(^|[^\w.@])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?)/g;

/** The usernames a text mentions, lower-cased, each once. */
export function mentionedUsernames(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((m) => m[2].toLowerCase()))];
}

export type TextPart = { text: string; username?: undefined } | { text: string; username: string };

/** The text in parts, each mention a part of its own (with its lower-cased username). */
export function splitMentions(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(MENTION)) {
    const start = m.index + m[1].length;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: `@${m[2]}`, username: m[2].toLowerCase() });
    last = start + m[2].length + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
