import { mentionedUsernames, splitMentions } from './mentions';

describe('mentions', () => {
  it('finds each @username once, not in e-mail addresses', () => {
    expect(mentionedUsernames('@Anna.deGroot en @katrin.schulz, zie ook @anna.degroot; mail a@b.nl')).toEqual(['anna.degroot', 'katrin.schulz']);
  });

  it('splits a text into plain parts and mentions, losing nothing', () => {
    const text = 'Vraag @femke.jansen (secretariaat) en @tom.willems.';
    const parts = splitMentions(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.username).map((p) => p.username)).toEqual(['femke.jansen', 'tom.willems']);
  });
});
