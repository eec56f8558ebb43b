import { GraphQLSchemaHost } from '@nestjs/graphql';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
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

/** Every HTTP route of every controller, with whether it (or its controller) declares who may call it. */
export function routeDeclarations(t: TestApp): Array<{ route: string; declared: boolean }> {
  const routes: Array<{ route: string; declared: boolean }> = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? '';
      const classDeclared = Reflect.getMetadata(PUBLIC_KEY, controller) === true || Boolean((Reflect.getMetadata(ROLES_KEY, controller) as unknown[] | undefined)?.length);
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(controller.prototype, key)?.value;
        if (typeof handler !== 'function' || key === 'constructor') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
        if (path === undefined || method === undefined) continue;
        const declared = classDeclared || Reflect.getMetadata(PUBLIC_KEY, handler) === true || Boolean((Reflect.getMetadata(ROLES_KEY, handler) as unknown[] | undefined)?.length);
        routes.push({ route: `${RequestMethod[method]} /${[base, path].flat().join('/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '')}`, declared });
      }
    }
  }
  return routes;
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

  it('declares @Public() or @Roles(...) on every HTTP route (deny by default)', () => {
    const routes = routeDeclarations(t);
    expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['GET /health/live', 'GET /health/ready', 'GET /config.json', 'GET /events/notifications']));
    expect(routes.filter((r) => !r.declared)).toEqual([]);
  });
});
