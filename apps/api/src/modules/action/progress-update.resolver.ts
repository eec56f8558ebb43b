import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { AuthoredResolver } from '@api/modules/user/authored.resolver';
import { ProgressUpdate } from './progress-update.entity';

@Resolver(() => ProgressUpdate)
export class ProgressUpdateResolver extends AuthoredResolver(ProgressUpdate) {
  @ResolveField(() => LocalizedText)
  note(p: ProgressUpdate, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(p.note, ctx.language);
  }
}
