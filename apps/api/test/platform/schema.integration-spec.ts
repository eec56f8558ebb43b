import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { printSchemaFromCode } from '@api/core/graphql/print-schema';
import { createTestApp, TestApp } from '../support/test-app';

describe('the committed GraphQL schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('is exactly what the code prints', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(await printSchemaFromCode()).toBe(committed);
  });

  it('is exactly the schema the running API serves (no resolver left out of the printer)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(committed.endsWith(`${served}\n`)).toBe(true);
  });
});
