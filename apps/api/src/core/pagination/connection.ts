import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from '@grensportaal/shared-domain';
import { AppException, ErrorCode } from '@api/core/errors/app.exception';

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSize, description: `Page size, at most ${LIMITS.maxPageSize}.` })
  @IsInt({ context: { rule: 'isInt' } })
  @Min(1, { context: { rule: 'min', min: 1 } })
  @Max(LIMITS.maxPageSize, { context: { rule: 'max', max: LIMITS.maxPageSize } })
  first: number = LIMITS.pageSize;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString({ context: { rule: 'isString' } })
  @MaxLength(500, { context: { rule: 'maxLength', max: 500 } })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor connection type (edges, pageInfo, totalCount) for `classRef`, named `<name>Connection`. */
export function Connection<T>(classRef: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => classRef)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages (only those the caller may see).' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Keyset cursor: the sort value and the id of the last item of a page. */
export type CursorValue = [string | number | null, string];

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number' || value[0] === null) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f-]{36}$/.test(value[1])
    ) {
      return value as CursorValue;
    }
  } catch {
    // fall through
  }
  throw new AppException(ErrorCode.BAD_CURSOR);
}

/** Turns a page of rows fetched with one extra row into a connection. */
export function toConnection<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => CursorValue): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
