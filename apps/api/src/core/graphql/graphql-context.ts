import type { Response } from 'express';
import type { Caller } from '../context/caller';
import { LoaderRegistry } from '../dataloader/loader-registry';
import { ContextRequest } from '../logging/request-context';

/**
 * What every resolver receives as its GraphQL context: the Caller the
 * services take, plus the HTTP request and response (for the transport
 * alone; services never see them).
 *
 * Field resolvers take it positionally, `(parent, _args: unknown, ctx)`, not
 * through `@Parent()`/`@Context()`: a `@ResolveField` without parameter
 * decorators is called by Nest directly, skipping its pipes-and-interceptors
 * wrapper, which otherwise costs more than the field's own work on every
 * object of a list (half the API's CPU for a page of 50 bottlenecks; see
 * `npm run bench`). Keep `@Args()` where a field takes arguments: those need
 * the validation pipe.
 */
export interface GraphQLContext extends Caller {
  req: ContextRequest;
  res: Response;
}

export function createGraphQLContext({ req, res }: { req: ContextRequest; res: Response }): GraphQLContext {
  return { req, res, language: req.ctx.language, loaders: new LoaderRegistry() };
}
