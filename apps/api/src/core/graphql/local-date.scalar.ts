import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parse(value: unknown): string {
  if (!isLocalDate(value)) throw new GraphQLError('must be a calendar date written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/** A calendar date without time or zone (due dates), written YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD (e.g. a due date).',
  parseValue: parse,
  serialize: (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('must be a calendar date written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
