import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ENTITY_TYPES, EntityType } from '@grensportaal/shared-domain';

/** A person follows an item (a bottleneck): they hear of its status changes. */
@Entity('follow')
export class Follow {
  @PrimaryColumn({ type: 'uuid' }) userId!: string;
  @PrimaryColumn({ type: 'enum', enum: ENTITY_TYPES, enumName: 'entity_type' }) entityType!: EntityType;
  @PrimaryColumn({ type: 'uuid' }) entityId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
