import { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { HasNames, LocalizedNames, nameIn, namesOf } from './localized-names.model';

/**
 * Base for resolvers of reference data with names in nl/de/en: `name` in the
 * caller's language, `names` with all three (for editors and language markers).
 */
export function NamedResolver<T extends HasNames>(classRef: Type<T>) {
  @Resolver(() => classRef, { isAbstract: true })
  abstract class NamedResolverHost {
    @ResolveField('name', () => String, { description: "The name in the caller's language." })
    name(parent: T, _args: unknown, ctx: GraphQLContext): string {
      return nameIn(parent, ctx.language);
    }

    @ResolveField('names', () => LocalizedNames, { description: 'The name in every working language.' })
    names(parent: T): LocalizedNames {
      return namesOf(parent);
    }
  }
  return NamedResolverHost;
}
