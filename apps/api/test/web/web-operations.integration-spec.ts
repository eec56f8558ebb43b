import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { as } from '../support/domain';
import { createTestApp, resetDatabase, TestApp } from '../support/test-app';

/** The GraphQL operations the web app sends (graphql(`...`) in its sources). */
function webDefinitions(): DefinitionNode[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'gql') walk(path);
      } else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(join(__dirname, '../../../web/src'));
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].flatMap((m) => parse(m[1]).definitions));
}

function fragmentsUsed(node: OperationDefinitionNode | FragmentDefinitionNode, all: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): Set<string> {
  visit(node, {
    FragmentSpread(spread) {
      if (seen.has(spread.name.value)) return;
      seen.add(spread.name.value);
      fragmentsUsed(all.get(spread.name.value)!, all, seen);
    },
  });
  return seen;
}

describe("the web app's operations", () => {
  let t: TestApp;
  const definitions = webDefinitions();
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  beforeAll(async () => {
    // The production defaults for depth, aliases and cost.
    t = await createTestApp();
    await resetDatabase(t.dataSource);
  });

  afterAll(() => t.close());

  it('are found', () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  it.each(operations.map((o) => [o.name!.value, o] as const))('%s is valid and within the query limits', async (_name, operation) => {
    const used = [...fragmentsUsed(operation, fragments)].map((name) => fragments.get(name)!);
    const source = [operation, ...used].map((d) => d.loc!.source.body.slice(d.loc!.start, d.loc!.end)).join('\n');
    const res = await as(t.app, 'femke.jansen')(source, {});
    const codes = (res.errors ?? []).map((e) => e.extensions?.['code']);
    // Variables are left out, so some answer "invalid variables"; what counts is that none is refused for its shape or size.
    expect(codes.filter((c) => typeof c === 'string' && (c.startsWith('QUERY_TOO') || c === 'GRAPHQL_VALIDATION_FAILED'))).toEqual([]);
  });
});
