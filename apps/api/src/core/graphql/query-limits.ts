import type { NextFunction, Request, Response } from 'express';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  visit,
} from 'graphql';
import { sendError } from '@api/core/errors/error-response';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ContextRequest } from '../logging/request-context';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Assumed size of a list without a `first` (or `limit`) argument, for the cost estimate. */
const DEFAULT_LIST_SIZE = 25;

/**
 * Lists that are small by the domain's nature (a text has at most three
 * language versions, a step at most a handful of next steps): their real
 * bound, so that a detail page's query is not priced as if each were 25 long.
 */
const LIST_SIZE_HINTS: Record<string, number> = {
  'LocalizedText.versions': 3,
  'Bottleneck.availableTransitions': 4,
  'Action.availableTransitions': 3,
  'Assignment.availableTransitions': 3,
  'AvailableTransition.outcomes': 3,
  'HistoryEntry.changes': 6,
  'Assignment.answers': 3,
  'Bottleneck.links': 5,
  'Bottleneck.assignments': 5,
  'Bottleneck.actions': 8,
  'Action.bottlenecks': 3,
  'Conference.items': 12,
  'Action.progressUpdates': 8,
  'Me.roles': 5,
  'Agenda.themes': 10,
  'SearchResults.facets': 30,
  'SearchHit.snippet': 5,
  'Query.similarBottlenecks': 5,
  'Query.thesaurusConcepts': 60,
  'Bottleneck.attachments': 5,
  'Action.attachments': 3,
  'Assignment.attachments': 3,
};

/** Any document longer than this is refused while parsing, before any other work. */
export const MAX_TOKENS = 20_000;

/**
 * Shape limits checked on the parsed document before any walk: each is far
 * above what the web app sends (its largest document has about 60 fields and
 * 10 fragment spreads) and far below what makes validation slow.
 */
export const DOCUMENT_LIMITS = {
  /** Operations and fragments together. */
  definitions: 50,
  fragmentSpreads: 300,
  /** Field selections written in the document (before fragments are expanded). */
  fields: 1_500,
  directives: 100,
  variables: 100,
  /** Selection sets written inside each other (inline fragments included), whatever the field depth. */
  nesting: 64,
} as const;

/**
 * Fields and fragment spreads of an operation once every fragment is
 * expanded (lists not multiplied): the web app's largest operation has 265.
 * A fragment bomb passes this long before its cost does.
 */
export const MAX_EXPANDED_SELECTIONS = 2_000;

/** The refusals of the query limits (GRAPHQL_VALIDATION_FAILED for a fragment that spreads itself). */
export enum QueryLimitErrorCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_MANY_ALIASES = 'QUERY_TOO_MANY_ALIASES',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
}
export type LimitCode = `${QueryLimitErrorCode}`;
export type Violation = { code: LimitCode; params: Record<string, string | number> };

function unwrap(type: GraphQLOutputType): { named: GraphQLNamedType; list: boolean } {
  let current: GraphQLOutputType = type;
  let list = false;
  while (isNonNullType(current) || isListType(current)) {
    if (isListType(current)) list = true;
    current = current.ofType;
  }
  return { named: current as GraphQLNamedType, list };
}

interface Measure {
  /** Deepest nesting below (and including) this selection set. */
  depth: number;
  aliases: number;
  cost: number;
  /** Fields and spreads, fragments expanded, lists not multiplied. */
  selections: number;
}

/** Thrown inside the walk as soon as a limit is passed: the rest of the document is not looked at. */
class LimitPassed extends Error {
  constructor(readonly violation: Violation) {
    super(violation.code);
  }
}

/** Counts what the document itself contains, without expanding anything (one visit, linear in its size). */
function documentShape(document: DocumentNode, limits: QueryLimits): Violation | null {
  const counts = { definitions: document.definitions.length, fragmentSpreads: 0, fields: 0, directives: 0, variables: 0, nesting: 0 };
  let nesting = 0;
  let aliases = 0;
  // graphql-js visits with its own stack, not recursion: safe on any document that parsed.
  visit(document, {
    Field: (node) => {
      counts.fields += 1;
      if (node.alias) aliases += 1;
    },
    FragmentSpread: () => void (counts.fragmentSpreads += 1),
    Directive: () => void (counts.directives += 1),
    VariableDefinition: () => void (counts.variables += 1),
    SelectionSet: {
      enter: () => void (counts.nesting = Math.max(counts.nesting, ++nesting)),
      leave: () => void (nesting -= 1),
    },
  });
  if (aliases > limits.maxAliases) return { code: 'QUERY_TOO_MANY_ALIASES', params: { max: limits.maxAliases, actual: aliases } };
  for (const [name, max] of Object.entries(DOCUMENT_LIMITS) as Array<[keyof typeof DOCUMENT_LIMITS, number]>) {
    if (counts[name] > max) return name === 'nesting' ? { code: 'QUERY_TOO_DEEP', params: { max, actual: counts[name] } } : { code: 'QUERY_TOO_LARGE', params: { max } };
  }
  return null;
}

/**
 * Measures an operation: nesting depth, number of aliases, and an estimated
 * cost where every field costs 1 and a list multiplies what is selected under
 * it by its `first` argument (or an assumed page size). Fragments are expanded
 * by value, not by copy: each is measured once per page-size context and its
 * measure reused at every spread, so the walk is linear in the size of the
 * document however often fragments spread each other. Totals are checked as
 * they grow, and the walk stops at the first limit passed. A fragment that
 * spreads itself (directly or not) is refused.
 */
function measure(schema: GraphQLSchema, limits: QueryLimits, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): void {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const memo = new Map<string, Measure>();
  const onStack = new Set<string>();

  const check = (m: Measure, depthAbove: number): void => {
    if (depthAbove + m.depth > limits.maxDepth) throw new LimitPassed({ code: 'QUERY_TOO_DEEP', params: { max: limits.maxDepth, actual: depthAbove + m.depth } });
    if (m.aliases > limits.maxAliases) throw new LimitPassed({ code: 'QUERY_TOO_MANY_ALIASES', params: { max: limits.maxAliases, actual: m.aliases } });
    if (m.cost > limits.maxCost) throw new LimitPassed({ code: 'QUERY_TOO_COMPLEX', params: { max: limits.maxCost, actual: m.cost } });
    if (m.selections > MAX_EXPANDED_SELECTIONS) throw new LimitPassed({ code: 'QUERY_TOO_LARGE', params: { max: MAX_EXPANDED_SELECTIONS } });
  };
  const intArg = (field: FieldNode, name: string): number | null => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg?.value.kind === Kind.INT ? Number.parseInt(arg.value.value, 10) : null;
  };

  // `pageSize` is the `first` of the connection being walked: its `edges` list has that many items.
  // `depthAbove` only serves the early depth check; a measure itself is relative to its selection set.
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, pageSize: number | null, depthAbove: number): Measure => {
    if (depthAbove + 1 > limits.maxDepth) throw new LimitPassed({ code: 'QUERY_TOO_DEEP', params: { max: limits.maxDepth, actual: depthAbove + 1 } });
    const total: Measure = { depth: 1, aliases: 0, cost: 0, selections: 0 };
    const add = (m: Measure, extraDepth: number) => {
      total.depth = Math.max(total.depth, m.depth + extraDepth);
      total.aliases += m.aliases;
      total.cost += m.cost;
      total.selections += m.selections;
      check(total, depthAbove);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const own: Measure = { depth: 1, aliases: selection.alias ? 1 : 0, cost: 1, selections: 1 };
        if (selection.selectionSet) {
          const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : undefined;
          const definition = fields?.[selection.name.value];
          const { named, list } = definition ? unwrap(definition.type) : { named: undefined, list: false };
          const first = intArg(selection, 'first');
          const given = first ?? intArg(selection, 'limit') ?? intArg(selection, 'last');
          const size =
            given ?? (selection.name.value === 'edges' && pageSize !== null ? pageSize : parent ? (LIST_SIZE_HINTS[`${parent.name}.${selection.name.value}`] ?? DEFAULT_LIST_SIZE) : DEFAULT_LIST_SIZE);
          // A connection passes its `first` (or the default page size) on to its edges.
          const childPageSize = list ? null : (first ?? (definition?.args.some((a) => a.name === 'first') ? DEFAULT_LIST_SIZE : null));
          const child = walk(selection.selectionSet, named, childPageSize, depthAbove + 1);
          const times = list ? Math.max(size, 1) : 1;
          own.depth = child.depth + 1;
          own.aliases += child.aliases;
          own.selections += child.selections;
          own.cost += child.cost * times;
        }
        add(own, 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        add(walk(selection.selectionSet, typed, pageSize, depthAbove), 0);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue; // validation reports unknown fragments
        if (onStack.has(name)) throw new LimitPassed({ code: 'GRAPHQL_VALIDATION_FAILED', params: { detail: `fragment "${name}" spreads itself` } });
        const key = `${name}|${pageSize ?? ''}`;
        let m = memo.get(key);
        if (!m) {
          onStack.add(name);
          m = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), pageSize, depthAbove);
          onStack.delete(name);
          memo.set(key, m);
        }
        add({ ...m, selections: m.selections + 1 }, 0);
      }
    }
    return total;
  };

  walk(operation.selectionSet, root, null, 0);
}

/**
 * The verdict on a document: null when it is within every limit, else the
 * first limit it passes. Linear in the size of the document.
 */
export function judgeDocument(schema: GraphQLSchema, limits: QueryLimits, document: DocumentNode): Violation | null {
  const shape = documentShape(document, limits);
  if (shape) return shape;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  try {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) measure(schema, limits, definition, fragments);
    }
    return null;
  } catch (error) {
    if (error instanceof LimitPassed) return error.violation;
    if (error instanceof RangeError) return { code: 'QUERY_TOO_DEEP', params: { max: limits.maxDepth, actual: limits.maxDepth + 1 } };
    throw error;
  }
}

/** One JSON object with a text `query` and, if present, object `variables` and a text `operationName` (no batches). */
function isGraphQLRequest(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query.trim() === '') return false;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return false;
  return operationName === undefined || operationName === null || typeof operationName === 'string';
}

/** Documents whose verdict is remembered per process, and the longest remembered (memory stays under 10 MB). */
const VERDICT_CACHE_MAX = 1000;
const VERDICT_CACHE_MAX_LENGTH = 10_000;

/**
 * Enforces size, shape, depth, alias and cost limits in front of Apollo: a
 * parse with a token cap, a count of what the document holds, and one linear
 * walk, before the (comparatively expensive) validation and execution. The
 * refusal is a typed GraphQL error (400) in the caller's language. Documents
 * that do not parse are left to Apollo to report. Each distinct document is
 * judged once per process.
 */
export function queryLimitsMiddleware(limits: QueryLimits, i18n: I18nService, schema: () => GraphQLSchema) {
  const refuse = (req: ContextRequest, res: Response, violation: Violation) => {
    req.ctx.log.warn({ code: violation.code, ...violation.params }, 'query refused by limits');
    sendError(i18n, req, res, 400, violation.code, violation.params);
  };
  // The verdict depends on the document alone: clients send the same few documents over and over.
  const verdicts = new Map<string, Violation | null>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'POST' && !isGraphQLRequest(req.body)) {
      (req as ContextRequest).ctx.log.warn('not a GraphQL request');
      sendError(i18n, req as ContextRequest, res, 400, 'INVALID_GRAPHQL_REQUEST');
      return;
    }
    const body = req.body as { query?: unknown } | undefined;
    const source = req.method === 'POST' ? body?.query : req.query['query'];
    if (typeof source !== 'string') {
      next();
      return;
    }
    let violation = verdicts.get(source);
    if (violation === undefined) {
      let document: DocumentNode;
      try {
        document = parse(source, { maxTokens: MAX_TOKENS, noLocation: true });
      } catch (error) {
        if (error instanceof GraphQLError && /more th(?:an|at) \d+ tokens/.test(error.message)) refuse(req as ContextRequest, res, { code: 'QUERY_TOO_LARGE', params: { max: MAX_TOKENS } });
        else if (error instanceof RangeError) refuse(req as ContextRequest, res, { code: 'QUERY_TOO_DEEP', params: { max: limits.maxDepth, actual: limits.maxDepth + 1 } });
        else next();
        return;
      }
      violation = judgeDocument(schema(), limits, document);
      if (source.length <= VERDICT_CACHE_MAX_LENGTH) {
        if (verdicts.size >= VERDICT_CACHE_MAX) verdicts.delete(verdicts.keys().next().value as string);
        verdicts.set(source, violation);
      }
    }
    if (violation) {
      refuse(req as ContextRequest, res, violation);
      return;
    }
    next();
  };
}
