import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { FEATURE_MODULES } from '@api/feature-modules';

/** @Resolver() marks its class with this metadata key (see @nestjs/graphql). */
const RESOLVER_METADATA = 'graphql:resolver_type';

function resolversOf(modules: Type[]): Type[] {
  const seen = new Set<Type>();
  const visit = (module: Type): void => {
    for (const provider of (Reflect.getMetadata('providers', module) ?? []) as unknown[]) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_METADATA, provider)) seen.add(provider as Type);
    }
    for (const imported of (Reflect.getMetadata('imports', module) ?? []) as unknown[]) {
      if (typeof imported === 'function') visit(imported as Type);
    }
  };
  modules.forEach(visit);
  return [...seen];
}

/**
 * Prints the GraphQL schema from the code alone, without a database or a
 * server: the committed apps/api/schema.graphql is this output.
 */
export async function printSchemaFromCode(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolversOf(FEATURE_MODULES));
    return `# Generated from the code by \`npm run schema:print\`; do not edit.\n# CI fails when this file differs from what the code produces.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

function check(file: string, sdl: string): void {
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (committed === sdl) {
    process.stdout.write(`${file} matches the code.\n`);
    return;
  }
  const a = committed.split('\n');
  const b = sdl.split('\n');
  const found = a.findIndex((text, i) => text !== b[i]);
  const line = found === -1 ? Math.min(a.length, b.length) : found;
  process.stderr.write(
    `${file} differs from the schema the code produces (first difference at line ${line + 1}:\n` +
      `  committed: ${a[line] ?? '(end of file)'}\n  from code: ${b[line] ?? '(end of file)'}).\n` +
      'Run `npm run schema:print`, review the change and commit it.\n',
  );
  process.exitCode = 1;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const checkOnly = args[0] === '--check';
  const target = checkOnly ? args[1] : args[0];
  printSchemaFromCode()
    .then((sdl) => {
      if (checkOnly) check(target, sdl);
      else if (target) writeFileSync(target, sdl);
      else process.stdout.write(sdl);
    })
    .catch((error: unknown) => {
      process.stderr.write(`Could not print the schema: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
