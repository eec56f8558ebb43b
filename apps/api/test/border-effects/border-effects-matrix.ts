import type { Client } from '../support/domain';
import { outcome } from '../support/domain';

/**
 * The border-effects register's rows of the authorization matrix: every
 * signed-in user reads rounds, consultations and figures (consultations are
 * public documents, whatever the agenda); the secretariat alone keeps the
 * register; partners alone flag. Each write runs on a fresh record made by
 * the secretariat, so every user's attempt is judged on the same thing.
 */
interface MatrixUser {
  username: string;
  role: string;
}

const isSecretariat = (u: MatrixUser) => u.role === 'secretariat';
const isPartner = (u: MatrixUser) => u.role === 'partner';

let halfYears = 0;
/** A half-year no other case has used: 2040-H1, 2040-H2, 2041-H1, … */
function nextHalfYear(): { year: number; half: number } {
  const n = halfYears++;
  return { year: 2040 + Math.floor(n / 2), half: 1 + (n % 2) };
}

export function borderEffectsMatrix(clients: Record<string, Client>, bottleneckOf: (agenda: string) => string) {
  const sec = () => clients['femke.jansen'];
  const round = async (closed = false): Promise<{ id: string; version: number }> => {
    const res = await sec()<{ openScreeningRound: { id: string; version: number } }>('mutation($input: OpenScreeningRoundInput!) { openScreeningRound(input: $input) { id version } }', { input: nextHalfYear() });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const opened = res.data.openScreeningRound;
    if (!closed) return opened;
    return (await sec()<{ closeScreeningRound: { id: string; version: number } }>('mutation($input: ScreeningRoundChangeInput!) { closeScreeningRound(input: $input) { id version } }', { input: opened })).data!.closeScreeningRound;
  };
  let shared: { id: string; version: number } | null = null;
  const fields = { language: 'en', title: 'Matrix consultation', ministryCode: 'SZW', url: 'https://www.internetconsultatie.nl/matrix', periodStart: '2026-01-05', periodEnd: '2026-02-16', kind: 'LAW' };
  const consultation = async (): Promise<{ id: string; version: number }> => {
    shared ??= await round();
    return (await sec()<{ createConsultation: { id: string; version: number } }>('mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id version } }', { input: { roundId: shared.id, ...fields } })).data!
      .createConsultation;
  };

  const reads = {
    screeningRounds: async (u: MatrixUser) => {
      const res = await clients[u.username]<{ screeningRounds: Array<{ id: string }> }>('{ screeningRounds { id code canKeep history { kind } } }');
      expect({ user: u.username, outcome: outcome(res) }).toEqual({ user: u.username, outcome: 'OK' });
    },
    screeningRound: async (u: MatrixUser) => {
      shared ??= await round();
      const res = await clients[u.username]<{ screeningRound: { id: string } | null }>('query($id: ID!) { screeningRound(id: $id) { id history { kind } } }', { id: shared.id });
      expect(res.data!.screeningRound?.id).toBe(shared.id);
    },
    borderEffectsFigures: async (u: MatrixUser) => {
      const res = await clients[u.username]<{ borderEffectsFigures: { rounds: unknown[] } }>('{ borderEffectsFigures { rounds { totals { consultations } byMinistry { ministry { code } } } } }');
      expect(res.data!.borderEffectsFigures.rounds.length).toBeGreaterThan(0);
    },
    consultation: async (u: MatrixUser) => {
      const { id } = await consultation();
      const res = await clients[u.username]<{ consultation: { id: string } | null }>('query($id: ID!) { consultation(id: $id) { id canEdit canFlag history { kind } flags { note } } }', { id });
      expect(res.data!.consultation?.id).toBe(id);
    },
    consultations: async (u: MatrixUser) => {
      const { id } = await consultation();
      const res = await clients[u.username]<{ consultations: { edges: Array<{ node: { id: string } }> } }>('query($r: ID) { consultations(first: 100, filter: { roundId: $r }) { totalCount edges { node { id } } } }', { r: shared!.id });
      expect(res.data!.consultations.edges.some((e) => e.node.id === id)).toBe(true);
    },
  };

  const writes = {
    openScreeningRound: {
      allowed: isSecretariat,
      // Half-years are few (2000–2100): only an attempt that may succeed takes a new one.
      run: (c: Client, _f: unknown, _a: string, u: MatrixUser) =>
        c('mutation($input: OpenScreeningRoundInput!) { openScreeningRound(input: $input) { id } }', { input: isSecretariat(u) ? nextHalfYear() : { year: 2100, half: 2 } }),
    },
    closeScreeningRound: {
      allowed: isSecretariat,
      run: async (c: Client) => c('mutation($input: ScreeningRoundChangeInput!) { closeScreeningRound(input: $input) { id } }', { input: await round() }),
    },
    reopenScreeningRound: {
      allowed: isSecretariat,
      run: async (c: Client) => c('mutation($input: ScreeningRoundChangeInput!) { reopenScreeningRound(input: $input) { id } }', { input: await round(true) }),
    },
    createConsultation: {
      allowed: isSecretariat,
      run: async (c: Client) => {
        shared ??= await round();
        return c('mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }', { input: { roundId: shared.id, ...fields } });
      },
    },
    updateConsultation: {
      allowed: isSecretariat,
      run: async (c: Client) => c('mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id } }', { input: { ...(await consultation()), ...fields, title: 'Matrix consultation, changed' } }),
    },
    linkConsultationBottleneck: {
      allowed: isSecretariat,
      run: async (c: Client, _f: unknown, a: string) =>
        c('mutation($input: LinkConsultationInput!) { linkConsultationBottleneck(input: $input) { id } }', { input: { consultationId: (await consultation()).id, bottleneckId: bottleneckOf(a), type: 'TOUCHES' } }),
    },
    unlinkConsultationBottleneck: {
      allowed: isSecretariat,
      run: async (c: Client, _f: unknown, a: string) => {
        const { id } = await consultation();
        await sec()('mutation($input: LinkConsultationInput!) { linkConsultationBottleneck(input: $input) { id } }', { input: { consultationId: id, bottleneckId: bottleneckOf(a), type: 'LED_TO' } });
        return c('mutation($c: ID!, $b: ID!) { unlinkConsultationBottleneck(consultationId: $c, bottleneckId: $b) { id } }', { c: id, b: bottleneckOf(a) });
      },
    },
    flagConsultation: {
      allowed: isPartner,
      run: async (c: Client) => c('mutation($input: FlagConsultationInput!) { flagConsultation(input: $input) { id } }', { input: { consultationId: (await consultation()).id, note: 'Matrix' } }),
    },
    unflagConsultation: {
      allowed: isPartner,
      run: async (c: Client) => {
        const { id } = await consultation();
        // The caller's own flag, where they may flag at all: what they take back is theirs.
        await c('mutation($input: FlagConsultationInput!) { flagConsultation(input: $input) { id } }', { input: { consultationId: id, note: 'Matrix' } });
        return c('mutation($id: ID!) { unflagConsultation(consultationId: $id) { id } }', { id });
      },
    },
  };
  return { reads, writes };
}
