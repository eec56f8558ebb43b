import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '@api/core/context/caller';
import { AccessService } from '@api/core/auth/access.service';
import { ConflictException, ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { SaveThesaurusConceptInput } from './dto/thesaurus.input';
import { ThesaurusConceptRecord } from './thesaurus-concept.entity';
import { ThesaurusConcept } from './thesaurus';

/** How long a process keeps the thesaurus before reading it again (another process may have changed it). */
const CACHE_MS = 30_000;

/** The search thesaurus: read by every search (cached briefly), extended by the secretariat. */
@Injectable()
export class ThesaurusService {
  private cached: { at: number; concepts: Promise<ThesaurusConcept[]> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  concepts(): Promise<ThesaurusConcept[]> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const concepts = this.list().then((rows) => rows.map((r) => ({ code: r.code, terms: { nl: r.termsNl, de: r.termsDe, en: r.termsEn } })));
      concepts.catch(() => (this.cached = null));
      this.cached = { at: Date.now(), concepts };
    }
    return this.cached.concepts;
  }

  list(): Promise<ThesaurusConceptRecord[]> {
    return this.dataSource.getRepository(ThesaurusConceptRecord).find({ order: { code: 'ASC' } });
  }

  /** Adds a concept (no id) or changes one (id and the version read); a stale version is refused. */
  async save(caller: Caller, input: SaveThesaurusConceptInput): Promise<ThesaurusConceptRecord> {
    const user = this.access.requireUser(caller);
    const tidy = (terms: string[]) => [...new Set(terms.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    const terms = { termsNl: tidy(input.termsNl), termsDe: tidy(input.termsDe), termsEn: tidy(input.termsEn) };
    const saved = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(ThesaurusConceptRecord);
      if (!input.id) return repo.save(repo.create({ code: input.code ?? undefined, ...terms, updatedById: user.id }));
      const current = await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new ItemNotFoundException('ThesaurusConcept');
      if (current.version !== input.version) throw new ConflictException(['terms'], current.version);
      Object.assign(current, terms, { version: current.version + 1, updatedById: user.id });
      return repo.save(current);
    });
    this.cached = null;
    return saved;
  }
}
