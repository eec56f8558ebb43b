import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Language } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { FieldChange, HistoryEntry } from '@api/core/history/history-entry.entity';
import { I18nService } from '@api/core/i18n/i18n.service';
import { nameIn } from '@api/core/i18n/localized-names.model';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { ThemeService } from '@api/modules/theme/theme.service';
import { UserService } from '@api/modules/user/user.service';

/** A change as a reader gets it: values filtered by their rights, references resolved to names in their language. */
export interface ReadChange {
  field: string;
  from: unknown;
  to: unknown;
  fromText: string | null;
  toText: string | null;
  language: Language | null;
}

const ORGANISATION_FIELDS = new Set(['reportingOrganisationId', 'ownerOrganisationId', 'ministryId']);

/** Fields that record a link to a bottleneck, and where the kinds of link are labelled. */
const LINK_LABELS: Record<string, string> = { links: 'register:linkType', consultationLinks: 'borderEffects:linkType' };

/** A link as stored: the other bottleneck by id (older entries carry its reference instead). */
interface StoredLink {
  type: string;
  bottleneckId?: string;
  reference?: string;
}

/**
 * History keeps what an auditor needs: references to other records by id.
 * What a reader gets is decided when it is read, by the same rules as the
 * records themselves: a bottleneck the reader may not read is never named —
 * not its reference, not its id — but shown as "a bottleneck you cannot see";
 * themes, organisations and people are named in the reader's language.
 */
@Injectable()
export class HistoryReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly i18n: I18nService,
    private readonly bottlenecks: BottleneckService,
    private readonly themes: ThemeService,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  async changes(caller: Caller, entry: HistoryEntry): Promise<ReadChange[]> {
    return Promise.all(entry.changes.map((c) => this.change(caller, c)));
  }

  private async change(caller: Caller, c: FieldChange): Promise<ReadChange> {
    const both = async (read: (value: unknown) => Promise<{ value: unknown; text: string | null }>) => {
      const [from, to] = await Promise.all([read(c.from), read(c.to)]);
      return { field: c.field, from: from.value, to: to.value, fromText: from.text, toText: to.text, language: (c.language as Language | undefined) ?? null };
    };
    const plain = { field: c.field, from: c.from, to: c.to, fromText: null, toText: null, language: (c.language as Language | undefined) ?? null };
    if (c.field === 'duplicateOfId') return both((v) => this.bottleneckValue(caller, typeof v === 'string' ? { id: v } : null));
    if (c.field === 'bottleneckIds') {
      return both(async (v) => {
        if (!Array.isArray(v)) return { value: v ?? null, text: null };
        const read = await Promise.all(v.map((id) => this.bottleneckValue(caller, typeof id === 'string' ? { id } : null)));
        return { value: read.map((r) => r.value), text: read.map((r) => r.text).join(', ') };
      });
    }
    const linkLabels = LINK_LABELS[c.field];
    if (linkLabels) {
      return both(async (v) => {
        if (!v || typeof v !== 'object') return { value: null, text: null };
        const link = v as StoredLink;
        const other = await this.bottleneckValue(caller, link.bottleneckId ? { id: link.bottleneckId } : link.reference ? { reference: link.reference } : null);
        const type = this.i18n.t(caller.language, `${linkLabels}.${link.type}`);
        return { value: { type: link.type, reference: other.value }, text: `${type}: ${other.text ?? ''}` };
      });
    }
    if (c.field === 'themeId') {
      return both(async (v) => {
        const theme = typeof v === 'string' ? await this.themes.loader(caller.loaders).load(v) : null;
        return { value: v ?? null, text: theme ? nameIn(theme, caller.language) : null };
      });
    }
    if (ORGANISATION_FIELDS.has(c.field)) {
      return both(async (v) => {
        const organisation = typeof v === 'string' ? await this.organisations.loader(caller.loaders).load(v) : null;
        return { value: v ?? null, text: organisation ? nameIn(organisation, caller.language) : null };
      });
    }
    if (c.field === 'ownerUserId') {
      return both(async (v) => {
        const person = typeof v === 'string' ? await this.users.loader(caller.loaders).load(v) : null;
        return { value: v ?? null, text: person?.displayName ?? null };
      });
    }
    return plain;
  }

  /** A referenced bottleneck as this reader may see it: its reference, or nothing but a neutral mention. */
  private async bottleneckValue(caller: Caller, ref: { id: string } | { reference: string } | null): Promise<{ value: string | null; text: string | null }> {
    if (!ref) return { value: null, text: null };
    const bottleneck = 'id' in ref ? await this.bottlenecks.visible(caller, ref.id) : await this.byReference(caller, ref.reference);
    if (bottleneck) return { value: bottleneck.reference, text: bottleneck.reference };
    return { value: null, text: this.i18n.t(caller.language, 'history:hiddenBottleneck') };
  }

  private async byReference(caller: Caller, reference: string): Promise<Bottleneck | null> {
    const id = await caller.loaders
      .get<string, string | null>('history.bottleneckByReference', async (references) => {
        const rows: Array<{ id: string; reference: string }> = await this.dataSource.query('SELECT id, reference FROM bottleneck WHERE reference = ANY($1)', [[...references]]);
        const byReference = new Map(rows.map((r) => [r.reference, r.id]));
        return references.map((r) => byReference.get(r) ?? null);
      })
      .load(reference);
    return id ? this.bottlenecks.visible(caller, id) : null;
  }
}
