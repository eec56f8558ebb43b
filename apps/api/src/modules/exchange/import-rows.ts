import { DataSource, EntityManager } from 'typeorm';
import { ActionStatus, BOTTLENECK_TRANSITIONS, BottleneckOutcome, BottleneckStatus, BottleneckType, Language, missingBottleneckFields } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { Caller } from '@api/core/context/caller';
import { RecordedTranslation } from '@api/core/text/text-fields';
import { StoredText } from '@api/core/text/stored-text';
import { ValidationException } from '@api/core/validation/validation';
import { Action } from '@api/modules/action/action.entity';
import { ActionLifecycleService } from '@api/modules/action/action-lifecycle.service';
import { CreateActionInput } from '@api/modules/action/dto/create-action.input';
import { UpdateActionInput } from '@api/modules/action/dto/update-action.input';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckLifecycleService } from '@api/modules/bottleneck/bottleneck-lifecycle.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { CreateBottleneckInput } from '@api/modules/bottleneck/dto/create-bottleneck.input';
import { TransitionBottleneckInput } from '@api/modules/bottleneck/dto/transition-bottleneck.input';
import { UpdateBottleneckInput } from '@api/modules/bottleneck/dto/update-bottleneck.input';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { linesOf, parseDate, parseInteger, parsePercent } from './import-fields';
import { Cell, cellText, SheetRow } from './import-sheet';
import { plain, RowReader, validated, Values } from './import-row-reader';
import { ImportMapping, ImportOutcome, ImportProblem, ImportRowResult, ReadSheet } from './import.types';

/** The services a row goes through: the same as the screen's. */
export interface RowServices {
  bottlenecks: BottleneckService;
  bottleneckLifecycle: BottleneckLifecycleService;
  actionLifecycle: ActionLifecycleService;
  access: AccessService;
  dataSource: DataSource;
}

const TEXT_KEYS: Record<string, 'title' | 'description' | 'whyToSolve' | 'impact'> = { title: 'title', description: 'description', whyToSolve: 'whyToSolve', impact: 'impact' };

/** Which step leads where: the path of legal transitions from a status to the one a sheet reports. */
function pathTo(from: BottleneckStatus, to: BottleneckStatus, outcome: BottleneckOutcome | null): Array<{ name: string; outcome: BottleneckOutcome | null; needsReason: boolean }> {
  const queue: Array<{ status: BottleneckStatus; path: Array<{ name: string; outcome: BottleneckOutcome | null; needsReason: boolean }> }> = [{ status: from, path: [] }];
  const seen = new Set([from]);
  while (queue.length) {
    const { status, path } = queue.shift()!;
    if (status === to) return path;
    for (const t of BOTTLENECK_TRANSITIONS) {
      if (!t.from.includes(status) || t.name === 'reopen' || seen.has(t.to)) continue;
      if (t.to === 'CLOSED' && (!outcome || !t.outcomes?.includes(outcome))) continue;
      seen.add(t.to);
      queue.push({ status: t.to, path: [...path, { name: t.name, outcome: t.to === 'CLOSED' ? outcome : null, needsReason: !!t.needsReason }] });
    }
  }
  return [];
}

/** One run over the rows of a sheet: the mapping applied, each row through the services in its own savepoint. */
export class RunContext extends RowReader {
  private readonly imported: Map<string, Bottleneck>;
  private readonly firstRowOf = new Map<string, number>();

  constructor(
    private readonly services: RowServices,
    caller: Caller,
    tx: EntityManager,
    mapping: ImportMapping,
    read: ReadSheet,
    language: Language,
    private readonly agendaCode: string,
    fieldOf?: (index: number) => string | null,
    shared?: RunContext,
  ) {
    super(caller, tx, mapping, read, language, fieldOf);
    this.imported = shared?.imported ?? new Map();
  }

  forSheet(read: ReadSheet, fieldOf: (index: number) => string | null): RunContext {
    return new RunContext(this.services, this.caller, this.tx, this.mapping, read, this.language, this.agendaCode, fieldOf, this);
  }

  private prime(bottleneck: Bottleneck): Bottleneck {
    this.services.bottlenecks.loader(this.caller.loaders).clear(bottleneck.id).prime(bottleneck.id, bottleneck);
    return bottleneck;
  }

  private async findExisting(reference: string | null, externalId: string | null, reporterCode: string | null): Promise<Bottleneck | null> {
    const { bottlenecks, dataSource } = this.services;
    if (reference) {
      const imported = this.imported.get(reference);
      if (imported) return imported;
      const found = await bottlenecks.byReference(this.caller, reference);
      if (found) return found;
    }
    if (externalId) {
      const user = this.services.access.requireUser(this.caller);
      const code = reporterCode ?? user.organisation?.code;
      const rows: Array<{ id: string }> = await dataSource.query(
        'SELECT b.id FROM bottleneck b JOIN organisation o ON o.id = b.reporting_organisation_id JOIN agenda a ON a.id = b.agenda_id WHERE b.external_id = $1 AND o.code = $2 AND a.code = $3',
        [externalId, code, this.agendaCode],
      );
      if (rows[0]) return bottlenecks.visible(this.caller, rows[0].id);
    }
    return null;
  }

  async bottleneckRow(row: SheetRow): Promise<ImportRowResult> {
    const skipped = this.skip(row);
    if (skipped) return skipped;
    const problems: ImportProblem[] = [];
    const notes: string[] = [];
    const values = this.cellsOf(row);
    const user = this.services.access.requireUser(this.caller);
    const reference = this.text(values, 'reference');
    const externalId = this.text(values, 'externalId');
    const texts = Object.fromEntries(Object.entries(TEXT_KEYS).map(([key, field]) => [field, this.texts(values, key, field, row, problems)])) as Record<'title' | 'description' | 'whyToSolve' | 'impact', ReturnType<RunContext['texts']>>;
    const title = texts.title.text;
    if (!title) return this.result(row, 'REFUSED', reference, null, [this.problem(row, 'title', 'titleMissing')]);
    const key = reference ?? externalId;
    if (key) {
      const first = this.firstRowOf.get(key);
      if (first !== undefined) return this.result(row, 'REFUSED', reference, title, [this.problem(row, externalId ? 'externalId' : 'reference', 'duplicateRow', { first })]);
      this.firstRowOf.set(key, row.number);
    }
    const themeCode = this.code(values, 'theme', row, problems);
    const type = this.code(values, 'type', row, problems) as BottleneckType | null;
    const reporterCode = this.code(values, 'reporter', row, problems);
    const statusValue = this.code(values, 'status', row, problems);
    const outcomeValue = this.code(values, 'outcome', row, problems) as BottleneckOutcome | null;
    const months = values.has('expectedDurationMonths') && this.text(values, 'expectedDurationMonths') ? parseInteger(values.get('expectedDurationMonths')![0]) : null;
    if (values.has('expectedDurationMonths') && this.text(values, 'expectedDurationMonths') && months === null) problems.push(this.problem(row, 'expectedDurationMonths', 'notANumber', { value: this.text(values, 'expectedDurationMonths')! }));
    const [statusCode, statusOutcome] = (statusValue ?? 'SUBMITTED').split(':') as [BottleneckStatus, BottleneckOutcome | undefined];
    const outcome = statusOutcome ?? outcomeValue;
    const reasons = this.text(values, 'reasons');
    if (statusCode === 'CLOSED' && !reasons) problems.push(this.problem(row, 'status', 'reasonsRequired'));
    if (!user.roles.includes('secretariat') && reporterCode && reporterCode !== user.organisation?.code) problems.push(this.problem(row, 'reporter', 'ownOrganisation'));
    const actions = this.inlineActions(row, values, problems, externalId ?? reference ?? `row-${row.number}`);
    if (problems.length) return this.result(row, 'REFUSED', reference, title, problems);

    const existing = await this.findExisting(reference, externalId, reporterCode);
    const fieldOfError = (path: string) => {
      const field = path.replace(/^(input|bottleneck)\./, '').split('.')[0];
      if (field === 'translations') return null;
      return { themeCode: 'theme', reportingOrganisationCode: 'reporter', agendaCode: null, language: null, reason: 'reasons', outcome: 'status' }[field] ?? field;
    };
    let outcomeOfRow: ImportOutcome = 'UNCHANGED';
    let targetStatus: BottleneckStatus = statusCode;
    const { value, problems: refused } = await this.inSavepoint(
      row,
      async () => {
        const { bottleneckLifecycle } = this.services;
        let bottleneck: Bottleneck;
        if (!existing) {
          const fields = { agendaCode: this.agendaCode, language: texts.title.language, title, type, themeCode, area: this.text(values, 'area'), description: texts.description.text, whyToSolve: texts.whyToSolve.text };
          const recorded = [...texts.title.translations, ...texts.description.translations, ...texts.whyToSolve.translations, ...texts.impact.translations];
          let submit = statusCode !== 'DRAFT';
          const missing = missingBottleneckFields(fields, 'submit');
          if (submit && statusCode === 'SUBMITTED' && missing.length && !missingBottleneckFields(fields, 'draft').length) {
            submit = false;
            targetStatus = 'DRAFT';
            notes.push(`keptAsDraft:${missing.map((f) => fieldOfError(f) ?? f).join(',')}`);
          }
          const input = await validated(CreateBottleneckInput, {
            ...fields,
            reportingOrganisationCode: reporterCode,
            impact: texts.impact.text,
            expectedDurationMonths: months,
            translations: plain(recorded),
            submit,
          });
          const translations = (input.translations ?? []).map((t, i) => Object.assign(t, { outdated: recorded[i].outdated }));
          bottleneck = this.prime(await bottleneckLifecycle.create(this.caller, Object.assign(input, { translations }), this.tx, { reference, externalId }));
          outcomeOfRow = 'CREATED';
        } else {
          bottleneck = existing;
          const change: Record<string, unknown> = {};
          for (const field of ['title', 'description', 'whyToSolve', 'impact'] as const) {
            const next = texts[field];
            const current = existing[field] as StoredText | null;
            if (next.text && (!current || current.text !== next.text)) change[field] = next.text;
          }
          const area = this.text(values, 'area');
          if (this.columnOf.has('area') && area && area !== existing.area) change['area'] = area;
          if (type && type !== existing.type) change['type'] = type;
          if (months !== null && months !== existing.expectedDurationMonths) change['expectedDurationMonths'] = months;
          if (themeCode) {
            const theme = await this.services.dataSource.getRepository(Theme).findOneBy({ agendaId: existing.agendaId, code: themeCode });
            if (theme?.id !== existing.themeId) change['themeCode'] = themeCode;
          }
          if (Object.keys(change).length) {
            const input = await validated(UpdateBottleneckInput, { id: existing.id, version: existing.version, language: texts.title.language, ...change });
            bottleneck = this.prime(await bottleneckLifecycle.update(this.caller, input, this.tx));
            outcomeOfRow = 'UPDATED';
          }
        }
        for (const action of actions) {
          const changed = await this.applyAction(bottleneck, [bottleneck.id], action);
          if (changed !== 'UNCHANGED' && outcomeOfRow === 'UNCHANGED') outcomeOfRow = 'UPDATED';
        }
        if (targetStatus === 'SUBMITTED' && bottleneck.status === 'DRAFT') {
          const b = bottleneck;
          const missing = missingBottleneckFields({ agendaCode: this.agendaCode, language: b.title.lang, title: b.title.text, type: b.type, themeCode: b.themeId, area: b.area, description: b.description?.text, whyToSolve: b.whyToSolve?.text }, 'submit');
          if (missing.length) {
            targetStatus = 'DRAFT';
            if (!notes.length) notes.push(`keptAsDraft:${missing.map((f) => fieldOfError(f) ?? f).join(',')}`);
          }
        }
        if (targetStatus !== bottleneck.status && statusValue !== null) {
          const steps = pathTo(bottleneck.status, targetStatus, outcome ?? null);
          if (!steps.length && !(existing && bottleneck.status === 'CLOSED')) throw new ValidationException([{ field: 'input.outcome', rule: 'notAllowed', params: {} }]);
          for (const step of steps) {
            bottleneck = this.prime(
              await bottleneckLifecycle.transition(this.caller, { id: bottleneck.id, version: bottleneck.version, transition: step.name, outcome: step.outcome, reason: step.needsReason ? reasons : null } as TransitionBottleneckInput, this.tx),
            );
          }
          if (steps.length && outcomeOfRow === 'UNCHANGED') outcomeOfRow = 'UPDATED';
        }
        this.imported.set(bottleneck.reference, bottleneck);
        return bottleneck;
      },
      fieldOfError,
    );
    if (!value) return this.result(row, 'REFUSED', reference, title, refused);
    return this.result(row, outcomeOfRow, value.reference, title, [], notes, actions.length);
  }

  /** The actions of a row: one per line of the action cells (a single line of another cell holds for all). */
  private inlineActions(row: SheetRow, values: Values, problems: ImportProblem[], rowKey: string): ActionValues[] {
    const titles = linesOf(values.get('actionTitle')?.[0] ?? null);
    if (!titles.length) return [];
    const fields = ['owner', 'dueDate', 'actionProgress', 'actionStatus', 'instrument', 'priority'];
    const lines = Object.fromEntries(fields.map((f) => [f, linesOf(values.get(f)?.[0] ?? null)]));
    const mismatched = fields.filter((f) => lines[f].length > 1 && lines[f].length !== titles.length);
    if (mismatched.length) {
      problems.push(this.problem(row, mismatched[0], 'linesMismatch', { counts: [titles.length, ...mismatched.map((f) => lines[f].length)].join(', ') }));
      return [];
    }
    const at = (f: string, i: number): Cell => (lines[f].length > 1 ? lines[f][i] : (lines[f][0] ?? null));
    return titles.map((title, i) => this.actionValues(row, problems, { externalId: `${rowKey}/${i + 1}`, title: cellText(title), cells: (f) => at(f, i), translations: [], description: null, language: this.language }));
  }

  private actionValues(
    row: SheetRow,
    problems: ImportProblem[],
    base: { externalId: string; title: string; cells: (field: string) => Cell; translations: RecordedTranslation[]; description: string | null; language: Language },
  ): ActionValues {
    const owner = this.code(new Map(), 'owner', row, problems, base.cells('owner'));
    if (!owner && !cellText(base.cells('owner'))) problems.push(this.problem(row, 'owner', 'required', { field: this.heading('owner') }));
    const dueCell = base.cells('dueDate');
    const dueDate = parseDate(dueCell);
    if (!dueDate) problems.push(cellText(dueCell) ? this.problem(row, 'dueDate', 'notADate', { value: cellText(dueCell) }) : this.problem(row, 'dueDate', 'required', { field: this.heading('dueDate') }));
    const progressCell = base.cells('actionProgress');
    const progress = cellText(progressCell) ? parsePercent(progressCell) : 0;
    if (progress === null) problems.push(this.problem(row, 'actionProgress', 'notAPercentage', { value: cellText(progressCell) }));
    const status = (this.code(new Map(), 'actionStatus', row, problems, base.cells('actionStatus')) as ActionStatus | null) ?? (progress === 100 ? 'DONE' : progress ? 'IN_PROGRESS' : 'PLANNED');
    const instrument = this.code(new Map(), 'instrument', row, problems, base.cells('instrument')) ?? this.mapping.defaultInstrument;
    const priority = this.code(new Map(), 'priority', row, problems, base.cells('priority')) ?? 'NORMAL';
    return { externalId: base.externalId, title: base.title, description: base.description, language: base.language, translations: base.translations, owner, dueDate, progress: status === 'DONE' ? 100 : (progress ?? 0), status, instrument, priority };
  }

  /** Creates the action of a sheet, or finds it again (by the key the import gave it) and brings its content up to date. */
  private async applyAction(bottleneck: Bottleneck, bottleneckIds: string[], action: ActionValues): Promise<ImportOutcome> {
    const { actionLifecycle, dataSource } = this.services;
    const existing = await this.tx.getRepository(Action).findOneBy({ agendaId: bottleneck.agendaId, externalId: action.externalId });
    const known = existing ?? (/^[0-9a-f-]{36}$/.test(action.externalId) ? await this.tx.getRepository(Action).findOneBy({ id: action.externalId }) : null);
    if (!known) {
      const input = await validated(CreateActionInput, {
        bottleneckIds,
        language: action.language,
        title: action.title,
        description: action.description,
        ownerOrganisationCode: action.owner,
        dueDate: action.dueDate,
        instrument: action.instrument,
        priority: action.priority,
        translations: plain(action.translations),
      });
      const translations = (input.translations ?? []).map((t, i) => Object.assign(t, { outdated: action.translations[i].outdated }));
      await actionLifecycle.create(this.caller, Object.assign(input, { translations }), this.tx, { externalId: action.externalId, status: action.status, progress: action.progress });
      return 'CREATED';
    }
    const owner = await dataSource.getRepository(Organisation).findOneBy({ id: known.ownerOrganisationId });
    const change: Record<string, unknown> = {};
    if (known.title.text !== action.title) change['title'] = action.title;
    if (action.owner && owner?.code !== action.owner) change['ownerOrganisationCode'] = action.owner;
    if (action.dueDate && known.dueDate !== action.dueDate) change['dueDate'] = action.dueDate;
    if (!Object.keys(change).length) return 'UNCHANGED';
    const input = await validated(UpdateActionInput, { id: known.id, version: known.version, ...change });
    await actionLifecycle.update(this.caller, input, this.tx);
    return 'UPDATED';
  }

  /** A row of the export's sheet of actions: its bottlenecks by reference, its texts in every language. */
  async actionRow(row: SheetRow): Promise<ImportRowResult> {
    const skipped = this.skip(row);
    if (skipped) return skipped;
    const problems: ImportProblem[] = [];
    const values = this.cellsOf(row);
    const title = this.texts(values, 'actionTitle', 'title', row, problems);
    const description = this.texts(values, 'actionDescription', 'description', row, problems);
    const references = (this.text(values, 'bottlenecks') ?? '').split(/[,;\s]+/).filter(Boolean);
    const externalId = this.text(values, 'actionId') ?? `row-${row.number}`;
    if (!title.text) return this.result(row, 'REFUSED', null, null, [this.problem(row, 'actionTitle', 'titleMissing')]);
    const action = this.actionValues(row, problems, {
      externalId,
      title: title.text,
      description: description.text,
      language: title.language,
      translations: [...title.translations, ...description.translations],
      cells: (f) => values.get(f)?.[0] ?? null,
    });
    const bottlenecks: Bottleneck[] = [];
    for (const reference of references) {
      const found = await this.findExisting(reference, null, null);
      if (found) bottlenecks.push(found);
      else problems.push(this.problem(row, 'bottlenecks', 'notFound', { value: reference, field: this.heading('bottlenecks') }));
    }
    if (!bottlenecks.length && !problems.length) problems.push(this.problem(row, 'bottlenecks', 'required', { field: this.heading('bottlenecks') }));
    if (problems.length) return this.result(row, 'REFUSED', references.join(', '), title.text, problems);
    const fieldOfError = (path: string) => ({ title: 'actionTitle', description: 'actionDescription', ownerOrganisationCode: 'owner', bottleneckIds: 'bottlenecks' })[path.replace(/^input\./, '').split('.')[0]] ?? null;
    const { value, problems: refused } = await this.inSavepoint(row, () => this.applyAction(bottlenecks[0], bottlenecks.map((b) => b.id), action), fieldOfError);
    if (!value) return this.result(row, 'REFUSED', references.join(', '), title.text, refused);
    return this.result(row, value, references.join(', '), title.text, [], [], 1);
  }
}

interface ActionValues {
  externalId: string;
  title: string;
  description: string | null;
  language: Language;
  translations: RecordedTranslation[];
  owner: string | null;
  dueDate: string | null;
  progress: number;
  status: ActionStatus;
  instrument: string;
  priority: string;
}
