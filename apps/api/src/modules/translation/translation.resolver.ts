import { Args, Context, createUnionType, Mutation, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { ValidationException } from '@api/core/validation/validation';
import { Action } from '@api/modules/action/action.entity';
import { ActionLifecycleService } from '@api/modules/action/action-lifecycle.service';
import { ActionProgressService } from '@api/modules/action/action-progress.service';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { AssignmentLifecycleService } from '@api/modules/assignment/assignment-lifecycle.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckLifecycleService } from '@api/modules/bottleneck/bottleneck-lifecycle.service';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { TranslateTextInput, TranslationTarget } from './dto/translate-text.input';

export const TranslatedItem = createUnionType({
  name: 'TranslatedItem',
  description: 'The item whose text was translated (for an answer: its question; for a progress note: its action).',
  types: () => [Bottleneck, Action, Assignment, Consultation] as const,
  resolveType: (value: object) => (value instanceof Action ? Action : value instanceof Assignment ? Assignment : value instanceof Consultation ? Consultation : Bottleneck),
});

/** The field each target carries its one translatable text in (bottlenecks and actions have several). */
const SINGLE_FIELD: Partial<Record<TranslationTarget, string>> = {
  [TranslationTarget.ASSIGNMENT]: 'question',
  [TranslationTarget.ANSWER]: 'text',
  [TranslationTarget.PROGRESS_UPDATE]: 'note',
};

@Resolver()
export class TranslationResolver {
  constructor(
    private readonly bottlenecks: BottleneckLifecycleService,
    private readonly actions: ActionLifecycleService,
    private readonly progress: ActionProgressService,
    private readonly assignments: AssignmentLifecycleService,
    private readonly consultations: ConsultationService,
  ) {}

  /** Anyone who may read the text may translate it; the translation records who, how and from which version of the original. */
  @Roles(...ROLES)
  @Mutation(() => TranslatedItem, { description: 'Adds or corrects a translation of a text (human or machine), recorded in history; refused as CONFLICT when the text changed since the version given.' })
  translateText(@Context() ctx: GraphQLContext, @Args('input') input: TranslateTextInput): Promise<typeof TranslatedItem> {
    const translation = { language: input.language, text: input.text, kind: input.kind };
    const single = SINGLE_FIELD[input.target];
    if (single && input.field !== single) throw new ValidationException([{ field: 'input.field', rule: 'notAllowed', params: {} }]);
    switch (input.target) {
      case TranslationTarget.BOTTLENECK:
        return this.bottlenecks.translate(ctx, input.id, input.version, input.field, translation);
      case TranslationTarget.ACTION:
        return this.actions.translate(ctx, input.id, input.version, input.field, translation);
      case TranslationTarget.ASSIGNMENT:
        return this.assignments.translateQuestion(ctx, input.id, input.version, translation);
      case TranslationTarget.ANSWER:
        return this.assignments.translateAnswer(ctx, input.id, input.version, translation);
      case TranslationTarget.CONSULTATION:
        return this.consultations.translate(ctx, input.id, input.version, input.field, translation);
      default:
        return this.progress.translateNote(ctx, input.id, input.version, translation);
    }
  }
}
