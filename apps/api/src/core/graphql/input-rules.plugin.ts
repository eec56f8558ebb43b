import type { ApolloServerPlugin } from '@apollo/server';
import {
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { ErrorCode } from '@api/core/errors/app.exception';
import { FieldError } from '@api/core/validation/validation';
import { GraphQLContext } from './graphql-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Deeper values are refused unread (the schema's inputs nest three levels at most). */
const MAX_INPUT_NESTING = 16;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What no text the portal stores may contain: PostgreSQL cannot store a NUL byte, and a lone UTF-16 surrogate is no character. */
export function textProblem(value: string): 'noControlCharacters' | 'wellFormed' | null {
  if (value.includes('\u0000')) return 'noControlCharacters';
  if (LONE_SURROGATE.test(value)) return 'wellFormed';
  return null;
}

/**
 * Rules for every value a request brings, whatever argument or input field
 * it sits in, checked once before anything executes:
 * - every `ID` is a UUID (ids are never anything else here);
 * - every text is well-formed (no lone surrogate) and has no NUL byte.
 * A value that breaks them is refused as BAD_USER_INPUT naming the argument
 * path (`id`, `input.bottleneckIds.1`) and the rule, like any other invalid
 * input, instead of reaching the database. Subscriptions are refused: live
 * updates come through `/events/notifications`.
 */
export function inputRulesPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw new GraphQLError(ErrorCode.OPERATION_NOT_SUPPORTED, { extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, params: {}, http: { status: 400 } } });
          }
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          const problems = checkOperation(schema, operation, fragments, (request.variables ?? {}) as Record<string, unknown>);
          if (problems.length) {
            throw new GraphQLError(ErrorCode.BAD_USER_INPUT, { extensions: { code: ErrorCode.BAD_USER_INPUT, params: {}, fields: problems, http: { status: 400 } } });
          }
        },
      };
    },
  };
}

export function checkOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const fragmentsDone = new Set<string>();

  const report = (field: string, rule: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    problems.push({ field, rule, params: {} });
  };
  const leaf = (named: GraphQLNamedType, value: unknown, path: string) => {
    if (!isScalarType(named)) return;
    if (typeof value === 'number' && named.name === 'ID') return report(path, 'isUUID');
    if (typeof value !== 'string') return;
    if (named.name === 'ID' && !UUID.test(value)) report(path, 'isUUID');
    else {
      const problem = textProblem(value);
      if (problem) report(path, problem);
    }
  };
  // A JavaScript value from the variables, against the input type it is used as (no input here nests deeper than a few levels).
  const value = (type: GraphQLInputType, v: unknown, path: string, depth = 0): void => {
    if (v === null || v === undefined) return;
    if (depth > MAX_INPUT_NESTING) return report(path, 'nestedValidation');
    const t = isNonNullType(type) ? type.ofType : type;
    if (isListType(t)) {
      if (Array.isArray(v)) v.forEach((item, i) => value(t.ofType, item, `${path}.${i}`, depth + 1));
      else value(t.ofType, v, path, depth + 1);
    } else if (isInputObjectType(t)) {
      if (typeof v !== 'object' || Array.isArray(v)) return;
      const fields = t.getFields();
      for (const [key, inner] of Object.entries(v as Record<string, unknown>)) if (fields[key]) value(fields[key].type, inner, `${path}.${key}`, depth + 1);
    } else {
      leaf(t, v, path);
    }
  };
  // A literal (or a variable) written in the document.
  const literal = (type: GraphQLInputType, node: ValueNode, path: string): void => {
    if (node.kind === Kind.VARIABLE) return value(type, variables[node.name.value], path);
    const t = isNonNullType(type) ? type.ofType : type;
    if (node.kind === Kind.LIST && isListType(t)) node.values.forEach((item, i) => literal(t.ofType, item, `${path}.${i}`));
    else if (node.kind === Kind.OBJECT && isInputObjectType(t)) {
      const fields = t.getFields();
      for (const f of node.fields) if (fields[f.name.value]) literal(fields[f.name.value].type, f.value, `${path}.${f.name.value}`);
    } else if (node.kind === Kind.STRING) leaf(getNamedType(t), node.value, path);
    else if (node.kind === Kind.INT && getNamedType(t).name === 'ID') report(path, 'isUUID');
  };
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        if (!definition) continue;
        for (const argument of selection.arguments ?? []) {
          const arg = definition.args.find((a) => a.name === argument.name.value);
          if (arg) literal(arg.type, argument.value, arg.name);
        }
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(definition.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || fragmentsDone.has(fragment.name.value)) continue;
        fragmentsDone.add(fragment.name.value);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
    }
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  walk(operation.selectionSet, root);
  return problems;
}
