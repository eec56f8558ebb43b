import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredText } from '@api/core/text/stored-text';
import { Assignment } from './assignment.entity';

export const ANSWER_REVIEWS = ['PENDING', 'ACCEPTED', 'RETURNED'] as const;
export type AnswerReview = (typeof ANSWER_REVIEWS)[number];
const AnswerReviewEnum = Object.fromEntries(ANSWER_REVIEWS.map((v) => [v, v])) as Record<AnswerReview, AnswerReview>;
registerEnumType(AnswerReviewEnum, { name: 'AnswerReview', description: "The secretariat's verdict on an answer." });

/** A ministry's answer. Every answer is kept: a returned answer stays beside the next one, never overwritten. */
@ObjectType('Answer')
@Entity('answer')
@Index(['assignmentId', 'createdAt'])
export class Answer {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) assignmentId!: string;
  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'assignment_id' }) assignment?: Assignment;
  @Column({ type: 'uuid', nullable: true }) authorId!: string | null;
  @Column({ type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'jsonb' }) text!: StoredText;
  @Field(() => AnswerReviewEnum) @Column({ type: 'enum', enum: ANSWER_REVIEWS, enumName: 'answer_review', default: 'PENDING' }) review!: AnswerReview;
  @Field(() => String, { nullable: true, description: 'Why the secretariat returned it.' }) @Column({ type: 'text', nullable: true }) returnReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) reviewedById!: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;

  /** Optimistic locking of its translations (the answer itself is never edited). */
  @Field(() => Int, { description: 'For adding a translation: the version you read.' }) @Column({ type: 'int', default: 1 }) version!: number;
}
