import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BOTTLENECK_TRANSITIONS, Language, missingBottleneckFields, TranslationKind } from '@grensportaal/shared-domain';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { Caller } from '@api/core/context/caller';
import { newText, replaceSource, StoredText } from '@api/core/text/stored-text';
import { FieldError, ValidationException } from '@api/core/validation/validation';
import { requireTransition } from '@api/core/versioning/transition.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Theme } from '@api/modules/theme/theme.entity';
import { ThemeService } from '@api/modules/theme/theme.service';
import { Bottleneck } from './bottleneck.entity';
import { BottleneckService } from './bottleneck.service';
import { BOTTLENECK_TEXTS, bottleneckChanges, bottleneckSubject, BottleneckTextField } from './bottleneck.snapshot';
import { CreateBottleneckInput } from './dto/create-bottleneck.input';
import { TransitionBottleneckInput } from './dto/transition-bottleneck.input';
import { UpdateBottleneckInput } from './dto/update-bottleneck.input';

/** Logging, editing, moving and translating bottlenecks: every change versioned and in history. */
@Injectable()
export class BottleneckLifecycleService {
  private readonly changeBottleneck = this.writes.of(Bottleneck, 'BOTTLENECK', 'Bottleneck');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly bottlenecks: BottleneckService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly themes: ThemeService,
  ) {}

  /**
   * Logs a bottleneck. An import may keep the reference it was exported with
   * (when it is of this agenda and free) and the key of the partner's sheet.
   */
  async create(caller: Caller, input: CreateBottleneckInput, manager?: EntityManager, imported: ImportedBottleneck = {}): Promise<Bottleneck> {
    const user = this.writes.user(caller);
    const { clock } = this.writes;
    const errors: FieldError[] = [];
    const agenda = await this.agendas.findByCode(input.agendaCode);
    if (!agenda || !(await this.writes.access.canReadAgenda(caller, agenda.id))) {
      throw new ValidationException([{ field: 'input.agendaCode', rule: 'notFound', params: { value: input.agendaCode } }]);
    }
    const isSecretariat = user.roles.includes('secretariat');
    let reportingOrganisationId = user.organisation!.id;
    if (input.reportingOrganisationCode && input.reportingOrganisationCode !== user.organisation!.code) {
      const org = isSecretariat ? await this.organisations.findByCode(input.reportingOrganisationCode) : null;
      if (!isSecretariat) errors.push({ field: 'input.reportingOrganisationCode', rule: 'notAllowed', params: {} });
      else if (!org) errors.push({ field: 'input.reportingOrganisationCode', rule: 'notFound', params: { value: input.reportingOrganisationCode } });
      else if (!(await this.agendas.isPartner(agenda.id, org.id))) errors.push({ field: 'input.reportingOrganisationCode', rule: 'agendaPartner', params: {} });
      else reportingOrganisationId = org.id;
    } else if (!isSecretariat && !(await this.agendas.isPartner(agenda.id, reportingOrganisationId))) {
      throw new AuthException(AuthErrorCode.FORBIDDEN);
    }
    let theme: Theme | null = null;
    if (input.themeCode) {
      theme = await this.themes.findInAgenda(agenda.id, input.themeCode);
      if (!theme) errors.push({ field: 'input.themeCode', rule: 'notFound', params: { value: input.themeCode } });
    }
    const texts: Partial<Record<BottleneckTextField, StoredText | null>> = {
      title: newText(input.language, input.title),
      description: input.description ? newText(input.language, input.description) : null,
      whyToSolve: input.whyToSolve ? newText(input.language, input.whyToSolve) : null,
      impact: input.impact ? newText(input.language, input.impact) : null,
    };
    BOTTLENECK_TEXTS.applyAll(texts, input.translations ?? [], user, clock.now(), errors);
    const draft: Partial<Bottleneck> = {
      title: texts.title!,
      description: texts.description ?? null,
      whyToSolve: texts.whyToSolve ?? null,
      impact: texts.impact ?? null,
      area: input.area ?? '',
      themeId: theme?.id ?? null,
      type: input.type,
    };
    if (input.submit) errors.push(...missingForSubmission(draft, 'input'));
    if (errors.length) throw new ValidationException(errors);

    return this.writes.transaction(manager, async (tx) => {
      const now = clock.now();
      const kept = await keptReference(tx, agenda.id, agenda.referencePrefix, imported.reference);
      const year = kept?.year ?? Number(clock.today().slice(0, 4));
      const number = kept?.number ?? (await nextReferenceNumber(tx, agenda.id, year));
      const saved = await tx.getRepository(Bottleneck).save(
        tx.getRepository(Bottleneck).create({
          ...draft,
          externalId: imported.externalId ?? null,
          reference: kept?.reference ?? `${agenda.referencePrefix}-${year}-${String(number).padStart(3, '0')}`,
          referenceYear: year,
          referenceNumber: number,
          agendaId: agenda.id,
          reportingOrganisationId,
          createdById: user.id,
          status: input.submit ? 'SUBMITTED' : 'DRAFT',
          outcome: null,
          statusReason: null,
          duplicateOfId: null,
          expectedDurationMonths: input.expectedDurationMonths ?? null,
          submittedAt: input.submit ? now : null,
          closedAt: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }),
      );
      await this.writes.record(
        tx,
        caller,
        { entityType: 'BOTTLENECK', entityId: saved.id, agendaId: saved.agendaId, version: saved.version, kind: 'CREATED', transition: input.submit ? 'submit' : null, changes: bottleneckChanges({}, saved) },
        { after: saved, subject: bottleneckSubject(saved) },
      );
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateBottleneckInput, manager?: EntityManager): Promise<Bottleneck> {
    const current = await this.bottlenecks.requireVisible(caller, input.id);
    if (!this.bottlenecks.canEdit(caller, current)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const errors: FieldError[] = [];
    const next: Partial<Bottleneck> = {};
    for (const field of BOTTLENECK_TEXTS.names) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      const previous = current[field] as StoredText | null;
      const language: Language = input.language ?? previous?.lang ?? 'nl';
      if (!previous || previous.text !== value || previous.lang !== language) next[field] = replaceSource(previous, language, value) as never;
    }
    if (input.area != null && input.area !== current.area) next.area = input.area;
    if (input.type != null && input.type !== current.type) next.type = input.type;
    if (input.expectedDurationMonths !== undefined && input.expectedDurationMonths !== current.expectedDurationMonths) next.expectedDurationMonths = input.expectedDurationMonths;
    if (input.themeCode != null) {
      const theme = await this.themes.findInAgenda(current.agendaId, input.themeCode);
      if (!theme) errors.push({ field: 'input.themeCode', rule: 'notFound', params: { value: input.themeCode } });
      else if (theme.id !== current.themeId) next.themeId = theme.id;
    }
    if (current.status !== 'DRAFT') errors.push(...missingForSubmission({ ...current, ...next }, 'input'));
    if (errors.length) throw new ValidationException(errors);
    if (Object.keys(next).length === 0 && current.version === input.version) return current;
    return this.writes.transaction(manager, async (tx) => (await this.change(tx, caller, current, input.version, next, 'UPDATED')).after);
  }

  async transition(caller: Caller, input: TransitionBottleneckInput, manager?: EntityManager): Promise<Bottleneck> {
    const current = await this.bottlenecks.requireVisible(caller, input.id);
    const transition = requireTransition('bottleneckStatus', BOTTLENECK_TRANSITIONS, input.transition, current.status, await this.bottlenecks.actors(caller, current));

    const errors: FieldError[] = [];
    if (transition.needsReason && !input.reason) errors.push({ field: 'input.reason', rule: 'required', params: {} });
    if (transition.outcomes) {
      if (!input.outcome) errors.push({ field: 'input.outcome', rule: 'required', params: {} });
      else if (!transition.outcomes.includes(input.outcome)) errors.push({ field: 'input.outcome', rule: 'notAllowed', params: {} });
    } else if (input.outcome) {
      errors.push({ field: 'input.outcome', rule: 'notAllowed', params: {} });
    }
    let duplicateOfId: string | null = null;
    if (input.outcome === 'DUPLICATE') {
      if (!input.duplicateOfId) errors.push({ field: 'input.duplicateOfId', rule: 'required', params: {} });
      else if (input.duplicateOfId === current.id) errors.push({ field: 'input.duplicateOfId', rule: 'notSelf', params: {} });
      else if (!(await this.bottlenecks.visible(caller, input.duplicateOfId))) errors.push({ field: 'input.duplicateOfId', rule: 'notFound', params: { value: input.duplicateOfId } });
      else duplicateOfId = input.duplicateOfId;
    } else if (input.duplicateOfId) {
      errors.push({ field: 'input.duplicateOfId', rule: 'notAllowed', params: {} });
    }
    if (transition.name === 'submit') errors.push(...missingForSubmission(current, 'bottleneck'));
    if (errors.length) throw new ValidationException(errors);

    const now = this.writes.clock.now();
    const closing = transition.to === 'CLOSED';
    const set: Partial<Bottleneck> = {
      status: transition.to,
      outcome: closing ? (input.outcome ?? null) : null,
      statusReason: input.reason ?? null,
      duplicateOfId: closing ? duplicateOfId : current.duplicateOfId,
      closedAt: closing ? now : null,
      ...(transition.name === 'submit' ? { submittedAt: now } : {}),
    };
    return this.writes.transaction(manager, async (tx) => {
      if (duplicateOfId) {
        await tx.query(`INSERT INTO bottleneck_link (from_id, to_id, type, created_by_id, created_at) VALUES ($1, $2, 'DUPLICATE_OF', $3, $4) ON CONFLICT DO NOTHING`, [
          current.id,
          duplicateOfId,
          this.writes.user(caller).id,
          now,
        ]);
      }
      return (await this.change(tx, caller, current, input.version, set, 'TRANSITION', transition.name)).after;
    });
  }

  /** Adds or corrects a translation of one text. */
  async translate(caller: Caller, id: string, version: number, field: string, translation: { language: Language; text: string; kind: TranslationKind }, manager?: EntityManager): Promise<Bottleneck> {
    const current = await this.bottlenecks.requireVisible(caller, id);
    const stored = BOTTLENECK_TEXTS.has(field) ? (current[field] as StoredText | null) : null;
    const text = BOTTLENECK_TEXTS.translated(stored, field, translation, this.writes.user(caller), this.writes.clock.now());
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeBottleneck(tx, caller, current, version, {
        set: { [field]: text } as Partial<Bottleneck>,
        kind: 'TRANSLATED',
        changes: () => [{ field, from: stored!.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
        subject: bottleneckSubject(current),
      });
      return after;
    });
  }

  private change(tx: EntityManager, caller: Caller, before: Bottleneck, version: number, set: Partial<Bottleneck>, kind: 'UPDATED' | 'TRANSITION', transition: TransitionBottleneckInput['transition'] | null = null) {
    return this.changeBottleneck(tx, caller, before, version, { set, kind, transition, changes: bottleneckChanges, subject: bottleneckSubject(before) });
  }
}

/** What a bottleneck still needs before it can be submitted (the shared rule), as field errors under `prefix`. */
function missingForSubmission(b: Partial<Bottleneck>, prefix: string): FieldError[] {
  // Agenda and language are settled before a bottleneck is built; its texts and choices are what may be missing.
  const values = { agendaCode: true, language: true, title: b.title?.text, type: b.type, themeCode: b.themeId, area: b.area, description: b.description?.text, whyToSolve: b.whyToSolve?.text };
  return missingBottleneckFields(values, 'submit').map((field) => ({ field: `${prefix}.${field}`, rule: 'required', params: {} }));
}

/** What an import keeps of a bottleneck's earlier life. */
export interface ImportedBottleneck {
  /** The reference it was exported with: kept when it is of this agenda and not taken. */
  reference?: string | null;
  /** The reporting organisation's own key for it (from its sheet). */
  externalId?: string | null;
}

/** An exported reference of this agenda that no bottleneck has: kept, and the counter moved past it. */
async function keptReference(manager: EntityManager, agendaId: string, prefix: string, reference: string | null | undefined): Promise<{ reference: string; year: number; number: number } | null> {
  const match = reference ? new RegExp(`^${prefix}-(\\d{4})-(\\d{3,6})$`).exec(reference) : null;
  if (!match) return null;
  const taken: unknown[] = await manager.query('SELECT 1 FROM bottleneck WHERE reference = $1', [reference]);
  if (taken.length) return null;
  const [year, number] = [Number(match[1]), Number(match[2])];
  await manager.query(
    `INSERT INTO reference_counter (agenda_id, year, last_number) VALUES ($1, $2, $3)
     ON CONFLICT (agenda_id, year) DO UPDATE SET last_number = GREATEST(reference_counter.last_number, EXCLUDED.last_number)`,
    [agendaId, year, number],
  );
  return { reference: reference!, year, number };
}

async function nextReferenceNumber(manager: EntityManager, agendaId: string, year: number): Promise<number> {
  const rows: Array<{ last_number: number }> = await manager.query(
    `INSERT INTO reference_counter (agenda_id, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (agenda_id, year) DO UPDATE SET last_number = reference_counter.last_number + 1
     RETURNING last_number`,
    [agendaId, year],
  );
  return rows[0].last_number;
}
