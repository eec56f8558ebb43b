import type { Response } from 'express';
import { Language } from '@grensportaal/shared-domain';
import type { CurrentUser } from '../auth/current-user';
import { LoaderRegistry } from '../dataloader/loader-registry';
import { ContextRequest } from '../logging/request-context';

/**
 * What every resolver receives as its GraphQL context.
 *
 * Field resolvers take it positionally, `(parent, _args: unknown, ctx)`, not
 * through `@Parent()`/`@Context()`: a `@ResolveField` without parameter
 * decorators is called by Nest directly, skipping its pipes-and-interceptors
 * wrapper, which otherwise costs more than the field's own work on every
 * object of a list (half the API's CPU for a page of 50 bottlenecks; see
 * `npm run bench`). Keep `@Args()` where a field takes arguments: those need
 * the validation pipe.
 */
export interface GraphQLContext {
  req: ContextRequest;
  res: Response;
  language: Language;
  loaders: LoaderRegistry;
  /** Set by the access guard when the request carries a valid token. */
  user?: CurrentUser;
}

export function createGraphQLContext({ req, res }: { req: ContextRequest; res: Response }): GraphQLContext {
  return { req, res, language: req.ctx.language, loaders: new LoaderRegistry() };
}
