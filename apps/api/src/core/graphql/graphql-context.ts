import type { Response } from 'express';
import { Language } from '@grensportaal/shared-domain';
import type { CurrentUser } from '../auth/current-user';
import { LoaderRegistry } from '../dataloader/loader-registry';
import { ContextRequest } from '../logging/request-context';

/** What every resolver receives as its GraphQL context. */
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
