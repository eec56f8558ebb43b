import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded sheet on its way into the register: the file itself (so the
 * dry run and the commit read exactly what was uploaded), the mapping the
 * user last confirmed, and when it was committed.
 */
@Entity('register_import')
@Index(['userId', 'createdAt'])
export class RegisterImport {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'uuid' }) agendaId!: string;
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @Column({ type: 'jsonb', nullable: true }) mapping!: Record<string, unknown> | null;
  /** Counts of the last commit (created, updated, unchanged, refused). */
  @Column({ type: 'jsonb', nullable: true }) result!: Record<string, number> | null;
  @Column({ type: 'timestamptz', nullable: true }) committedAt!: Date | null;
  @Column({ type: 'timestamptz' }) createdAt!: Date;
}
