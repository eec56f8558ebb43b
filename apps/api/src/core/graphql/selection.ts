import type { GraphQLResolveInfo } from 'graphql';

/** Whether the query selects `field` directly under the current field (e.g. totalCount of a connection). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => (s.kind === 'Field' && s.name.value === field) || s.kind !== 'Field'),
  );
}
