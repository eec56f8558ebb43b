import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '@api/core/context/caller';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { Bottleneck } from './bottleneck.entity';
import { BottleneckLink } from './bottleneck-link.entity';
import { BottleneckService } from './bottleneck.service';
import { bottleneckSubject } from './bottleneck.snapshot';

/**
 * Links between bottlenecks (related, duplicate, the same obstacle at another
 * border). History records the other bottleneck by id; what a reader sees of
 * it is decided when the history is read (see HistoryReader).
 */
@Injectable()
export class BottleneckLinksService {
  constructor(
    private readonly writes: RegisterWrites,
    private readonly bottlenecks: BottleneckService,
  ) {}

  /** Links from and to a bottleneck whose other end the caller may also see. */
  async of(caller: Caller, bottleneckId: string): Promise<Array<{ link: BottleneckLink; other: Bottleneck; outgoing: boolean }>> {
    const all = await caller.loaders
      .get<string, BottleneckLink[]>('bottleneck.links', async (ids) => {
        const rows = await this.writes.dataSource
          .getRepository(BottleneckLink)
          .createQueryBuilder('l')
          .where('l.from_id = ANY(:ids) OR l.to_id = ANY(:ids)', { ids: [...ids] })
          .orderBy('l.created_at', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.fromId === id || r.toId === id));
      })
      .load(bottleneckId);
    const result: Array<{ link: BottleneckLink; other: Bottleneck; outgoing: boolean }> = [];
    for (const link of all) {
      const outgoing = link.fromId === bottleneckId;
      const other = await this.bottlenecks.visible(caller, outgoing ? link.toId : link.fromId);
      if (other) result.push({ link, other, outgoing });
    }
    return result;
  }

  /** The secretariat links two bottlenecks (recorded on the first). */
  async link(caller: Caller, fromId: string, toId: string, type: BottleneckLink['type'], manager?: EntityManager): Promise<Bottleneck> {
    const user = this.writes.user(caller);
    const from = await this.bottlenecks.requireVisible(caller, fromId);
    if (fromId === toId) throw new ValidationException([{ field: 'input.targetId', rule: 'notSelf', params: {} }]);
    const to = await this.bottlenecks.visible(caller, toId);
    if (!to) throw new ValidationException([{ field: 'input.targetId', rule: 'notFound', params: { value: toId } }]);
    return this.writes.transaction(manager, async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO bottleneck_link (from_id, to_id, type, created_by_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [from.id, to.id, type, user.id, this.writes.clock.now()],
      );
      if (inserted.length) {
        await this.writes.record(
          tx,
          caller,
          { entityType: 'BOTTLENECK', entityId: from.id, agendaId: from.agendaId, version: from.version, kind: 'LINKED', changes: [{ field: 'links', from: null, to: { type, bottleneckId: to.id } }] },
          { before: from, after: from, subject: bottleneckSubject(from) },
        );
      }
      return from;
    });
  }

  async unlink(caller: Caller, linkId: string, manager?: EntityManager): Promise<Bottleneck> {
    const link = await this.writes.dataSource.getRepository(BottleneckLink).findOneBy({ id: linkId });
    const from = link ? await this.bottlenecks.visible(caller, link.fromId) : null;
    if (!link || !from) throw new ItemNotFoundException('Bottleneck');
    return this.writes.transaction(manager, async (tx) => {
      await tx.query('DELETE FROM bottleneck_link WHERE id = $1', [link.id]);
      await this.writes.record(
        tx,
        caller,
        { entityType: 'BOTTLENECK', entityId: from.id, agendaId: from.agendaId, version: from.version, kind: 'UNLINKED', changes: [{ field: 'links', from: { type: link.type, bottleneckId: link.toId }, to: null }] },
        { before: from, after: from, subject: bottleneckSubject(from) },
      );
      return from;
    });
  }
}
