import type { NextFunction, Request, Response } from 'express';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  GraphQLOutputType,
  isObjectType,
  isInterfaceType,
  FieldNode,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
} from 'graphql';
import { I18nService } from '../i18n/i18n.service';
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
  'Action.progressUpdates': 8,
  'Me.roles': 5,
  'Agenda.themes': 10,
};

export type LimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_MANY_ALIASES' | 'QUERY_TOO_COMPLEX';

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
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation in one walk over its selections (fragments expanded,
 * cycles cut): nesting depth, number of aliases, and an estimated cost where
 * every field costs 1 and a list multiplies what is selected under it by its
 * `first` argument (or an assumed page size).
 */
function measure(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Measure {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const result: Measure = { depth: 0, aliases: 0, cost: 0 };

  const intArg = (field: FieldNode, name: string): number | null => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg?.value.kind === Kind.INT ? Number.parseInt(arg.value.value, 10) : null;
  };
  // `pageSize` is the `first` of the connection being walked: its `edges` list has that many items.
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, visited: Set<string>, pageSize: number | null = null): number => {
    result.depth = Math.max(result.depth, depth);
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) result.aliases += 1;
        const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : undefined;
        const definition = fields?.[selection.name.value];
        let fieldCost = 1;
        if (selection.selectionSet) {
          const { named, list } = definition ? unwrap(definition.type) : { named: undefined, list: false };
          const first = intArg(selection, 'first');
          const given = first ?? intArg(selection, 'limit') ?? intArg(selection, 'last');
          const size =
            given ?? (selection.name.value === 'edges' && pageSize !== null ? pageSize : parent ? (LIST_SIZE_HINTS[`${parent.name}.${selection.name.value}`] ?? DEFAULT_LIST_SIZE) : DEFAULT_LIST_SIZE);
          // A connection passes its `first` (or the default page size) on to its edges.
          const childCost = walk(selection.selectionSet, named, depth + 1, visited, list ? null : (first ?? (definition?.args.some((a) => a.name === 'first') ? DEFAULT_LIST_SIZE : null)));
          fieldCost += (list ? Math.max(size, 1) : 1) * childCost;
        }
        cost += fieldCost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += walk(selection.selectionSet, typed, depth, visited, pageSize);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visited.has(name)) continue;
        const next = new Set(visited).add(name);
        cost += walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, next, pageSize);
      }
    }
    return cost;
  };

  result.cost = walk(operation.selectionSet, root, 1, new Set());
  return result;
}

/** Documents whose verdict is remembered per process, and the longest remembered (memory stays under 10 MB). */
const VERDICT_CACHE_MAX = 1000;
const VERDICT_CACHE_MAX_LENGTH = 10_000;

/** Any document longer than this is refused while parsing, before any other work. */
export const MAX_TOKENS = 20_000;

function violationOf(limits: QueryLimits, m: Measure): [LimitCode, number, number] | null {
  if (m.depth > limits.maxDepth) return ['QUERY_TOO_DEEP', limits.maxDepth, m.depth];
  if (m.aliases > limits.maxAliases) return ['QUERY_TOO_MANY_ALIASES', limits.maxAliases, m.aliases];
  if (m.cost > limits.maxCost) return ['QUERY_TOO_COMPLEX', limits.maxCost, m.cost];
  return null;
}

/**
 * Enforces size, depth, alias and cost limits in front of Apollo: a parse with
 * a token cap and one linear walk, before the (comparatively expensive)
 * validation and execution. The refusal is a typed GraphQL error (400) in the
 * caller's language. Documents that do not parse are left to Apollo to report.
 * Each distinct document is measured once per process.
 */
export function queryLimitsMiddleware(limits: QueryLimits, i18n: I18nService, schema: () => GraphQLSchema) {
  const refuse = (req: ContextRequest, res: Response, code: LimitCode | 'QUERY_TOO_LARGE', params: Record<string, number>) => {
    const { ctx } = req;
    ctx.log.warn({ code, ...params }, 'query refused by limits');
    res.status(400).json({ errors: [{ message: i18n.t(ctx.language, `errors:${code}`, params), extensions: { code, params, requestId: ctx.id } }] });
  };
  // The verdict depends on the document alone: clients send the same few documents over and over.
  const verdicts = new Map<string, [LimitCode, number, number] | null>();
  const judge = (document: DocumentNode): [LimitCode, number, number] | null => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const violation = violationOf(limits, measure(schema(), definition, fragments));
      if (violation) return violation;
    }
    return null;
  };
  return (req: Request, res: Response, next: NextFunction): void => {
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
        document = parse(source, { maxTokens: MAX_TOKENS });
      } catch (error) {
        if (error instanceof GraphQLError && /more th(?:an|at) \d+ tokens/.test(error.message)) refuse(req as ContextRequest, res, 'QUERY_TOO_LARGE', { max: MAX_TOKENS });
        else next();
        return;
      }
      violation = judge(document);
      if (source.length <= VERDICT_CACHE_MAX_LENGTH) {
        if (verdicts.size >= VERDICT_CACHE_MAX) verdicts.delete(verdicts.keys().next().value as string);
        verdicts.set(source, violation);
      }
    }
    if (violation) {
      const [code, max, actual] = violation;
      refuse(req as ContextRequest, res, code, { max, actual });
      return;
    }
    next();
  };
}
