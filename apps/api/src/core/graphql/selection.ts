import type { GraphQLResolveInfo, SelectionNode } from 'graphql';

/** Whether the query selects `field` directly under the current field (e.g. totalCount of a connection). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => (s.kind === 'Field' && s.name.value === field) || s.kind !== 'Field'),
  );
}

/**
 * Whether the query selects any of `fields` on the nodes of the connection
 * being resolved (`edges { node { … } }`). Fragments are not looked into and
 * count as yes, so the answer errs towards fetching.
 */
export function selectsOnNodes(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const path = ['edges', 'node'];
  const walk = (selections: readonly SelectionNode[], depth: number): boolean =>
    selections.some((s) => {
      if (s.kind !== 'Field') return true;
      if (depth === path.length) return fields.includes(s.name.value);
      return s.name.value === path[depth] && !!s.selectionSet && walk(s.selectionSet.selections, depth + 1);
    });
  return info.fieldNodes.some((node) => !!node.selectionSet && walk(node.selectionSet.selections, 0));
}
