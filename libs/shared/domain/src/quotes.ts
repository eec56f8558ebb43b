/**
 * A message around the text it quotes (a notification quoting a title), so
 * the quote can be marked in its own language: before, quote, after; null
 * when the message does not contain it. The web app and the e-mails split alike.
 */
export function splitAtQuote(message: string, quote: string): [before: string, quote: string, after: string] | null {
  const at = quote ? message.indexOf(quote) : -1;
  return at < 0 ? null : [message.slice(0, at), quote, message.slice(at + quote.length)];
}
