import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLObjectType } from 'graphql';
import { PUBLIC_KEY, ROLES_KEY } from '@api/core/auth/access.decorators';
import { createTestApp, TestApp } from './support/test-app';

/** Metadata @nestjs/graphql puts on @Query()/@Mutation()/@Subscription() methods. */
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Every root field of the served schema, with whether its resolver declares who may call it. */
export function accessDeclarations(t: TestApp): Array<{ operation: string; declared: boolean; found: boolean }> {
  const declared = new Map<string, boolean>();
  const wrappers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
  for (const wrapper of wrappers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    let proto: object | null = prototype;
    while (proto && proto !== Object.prototype) {
      for (const key of Object.getOwnPropertyNames(proto)) {
        const method: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        const hasDeclaration =
          Reflect.getMetadata(PUBLIC_KEY, method) === true ||
          (Reflect.getMetadata(ROLES_KEY, method) as unknown[] | undefined)?.length ||
          Reflect.getMetadata(PUBLIC_KEY, wrapper.metatype) === true ||
          (Reflect.getMetadata(ROLES_KEY, wrapper.metatype) as unknown[] | undefined)?.length;
        declared.set(`${type}.${name}`, Boolean(hasDeclaration));
      }
      proto = Object.getPrototypeOf(proto) as object | null;
    }
  }
  const schema = t.app.get(GraphQLSchemaHost).schema;
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((r): r is GraphQLObjectType => Boolean(r));
  return roots.flatMap((root) =>
    Object.keys(root.getFields()).map((field) => {
      const operation = `${root.name}.${field}`;
      return { operation, found: declared.has(operation), declared: declared.get(operation) === true };
    }),
  );
}

describe('access declarations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('declares @Public() or @Roles(...) on every query and mutation of the schema', () => {
    const operations = accessDeclarations(t);
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((o) => !o.found || !o.declared)).toEqual([]);
  });
});
