import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last reference number given per agenda and year. Taken with an
 * UPDATE … RETURNING inside the creating transaction: concurrent creations
 * queue on the row, and a rolled-back creation gives its number back, so
 * references are unique and without gaps.
 */
@Entity('reference_counter')
export class ReferenceCounter {
  @PrimaryColumn({ type: 'uuid' }) agendaId!: string;
  @PrimaryColumn({ type: 'int' }) year!: number;
  @Column({ type: 'int' }) lastNumber!: number;
}
