import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';

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

/** Whether every field the query selects on the connection's nodes is one of `fields` (any fragment: no). */
export function selectsOnlyOnNodes(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const fieldsUnder = (selections: readonly SelectionNode[], name: string): Array<readonly SelectionNode[]> | null => {
    if (selections.some((s) => s.kind !== 'Field')) return null;
    return selections.filter((s): s is FieldNode => s.kind === 'Field' && s.name.value === name && !!s.selectionSet).map((s) => s.selectionSet!.selections);
  };
  return info.fieldNodes.every((node) => {
    const edges = fieldsUnder(node.selectionSet?.selections ?? [], 'edges');
    if (!edges) return false;
    return edges.every((edge) => {
      const nodes = fieldsUnder(edge, 'node');
      return !!nodes && nodes.every((selections) => selections.every((s) => s.kind === 'Field' && fields.includes(s.name.value)));
    });
  });
}
