import { Args, Context, createUnionType, Mutation, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { ValidationException } from '@api/core/validation/validation';
import { Action } from '@api/modules/action/action.entity';
import { ActionService } from '@api/modules/action/action.service';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { TranslateTextInput, TranslationTarget } from './dto/translate-text.input';

export const TranslatedItem = createUnionType({
  name: 'TranslatedItem',
  description: 'The item whose text was translated (for an answer: its question; for a progress note: its action).',
  types: () => [Bottleneck, Action, Assignment] as const,
  resolveType: (value: object) => (value instanceof Action ? Action : value instanceof Assignment ? Assignment : Bottleneck),
});

@Resolver()
export class TranslationResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
  ) {}

  /** Anyone who may read the text may translate it; the translation records who, how and from which version of the original. */
  @Roles(...ROLES)
  @Mutation(() => TranslatedItem, { description: 'Adds or corrects a translation of a text (human or machine), recorded in history.' })
  translateText(@Context() ctx: GraphQLContext, @Args('input') input: TranslateTextInput): Promise<typeof TranslatedItem> {
    const translation = { language: input.language, text: input.text, kind: input.kind };
    const needVersion = () => {
      if (!input.version) throw new ValidationException([{ field: 'input.version', rule: 'required', params: {} }]);
      return input.version;
    };
    return this.dataSource.transaction(async (manager) => {
      switch (input.target) {
        case TranslationTarget.BOTTLENECK:
          return this.bottlenecks.translate(manager, ctx, input.id, needVersion(), input.field, translation);
        case TranslationTarget.ACTION:
          return this.actions.translate(manager, ctx, input.id, needVersion(), input.field, translation);
        case TranslationTarget.ASSIGNMENT:
          if (input.field !== 'question') throw new ValidationException([{ field: 'input.field', rule: 'notAllowed', params: {} }]);
          return this.assignments.translateQuestion(manager, ctx, input.id, needVersion(), translation);
        case TranslationTarget.ANSWER:
          if (input.field !== 'text') throw new ValidationException([{ field: 'input.field', rule: 'notAllowed', params: {} }]);
          return this.assignments.translateAnswer(manager, ctx, input.id, translation);
        default:
          if (input.field !== 'note') throw new ValidationException([{ field: 'input.field', rule: 'notAllowed', params: {} }]);
          return this.actions.translateProgressNote(manager, ctx, input.id, translation);
      }
    });
  }
}
