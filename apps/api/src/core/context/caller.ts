import { Language } from '@grensportaal/shared-domain';
import type { CurrentUser } from '../auth/current-user';
import { LoaderRegistry } from '../dataloader/loader-registry';

/**
 * Who a piece of domain work is done for: the user (once authenticated),
 * the language answers and messages are in, and the per-unit-of-work
 * DataLoaders. Services take a Caller, never a request, a response or a
 * GraphQL context, so a GraphQL request, a REST download, a job, an import
 * or the demo seed call the same code. A Caller lives for one unit of work
 * (one request, one job run): its loaders cache what they read.
 */
export interface Caller {
  /** Set once the caller is authenticated; every @Roles operation has one. */
  user?: CurrentUser;
  language: Language;
  loaders: LoaderRegistry;
  /** Where the work comes from when it is not typed in on a screen (an import): history names it. */
  origin?: HistorySource;
}

/** An import's file, named in the history of every item it writes. */
export interface HistorySource {
  importId: string;
  fileName: string;
}

/** A Caller for work done on behalf of `user` outside a request (jobs, imports, the seed). */
export function callerFor(user: CurrentUser, language: Language = user.language ?? 'nl'): Caller {
  return { user, language, loaders: new LoaderRegistry() };
}
