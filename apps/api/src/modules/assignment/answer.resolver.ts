import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { AuthoredResolver } from '@api/modules/user/authored.resolver';
import { Answer } from './answer.entity';

@Resolver(() => Answer)
export class AnswerResolver extends AuthoredResolver(Answer) {
  @ResolveField(() => LocalizedText)
  text(a: Answer, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(a.text, ctx.language);
  }
}
