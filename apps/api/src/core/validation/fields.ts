import { applyDecorators } from '@nestjs/common';
import { Field, FieldOptions as GqlFieldOptions, ID, InputType, Int, ReturnTypeFunc } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { Code, Id, LocalDate, OneOf, Text, Whole } from './rules';

/**
 * Input fields as one declaration each: the GraphQL field and the rules it is
 * validated by, together. `optional` makes the field nullable and skips the
 * rules when it is left out.
 */
export interface FieldOptions {
  optional?: boolean;
  description?: string;
  /** Nullable in the schema although required by the rules, so that leaving it out gets the translated field error, not a GraphQL type error. */
  nullable?: boolean;
}

const field = (type: () => unknown, o: FieldOptions & { defaultValue?: unknown } = {}) =>
  Field(type as ReturnTypeFunc, { nullable: o.optional || o.nullable ? true : undefined, description: o.description, ...(o.defaultValue === undefined ? {} : { defaultValue: o.defaultValue }) } as GqlFieldOptions);

export const IdField = (o: FieldOptions = {}) => applyDecorators(field(() => ID, o), Id({ optional: o.optional }));

export const IdsField = (max: number, o: FieldOptions & { min?: number } = {}) =>
  applyDecorators(
    field(() => [ID], o),
    ...(o.optional ? [IsOptional()] : []),
    ...(o.min ? [ArrayMinSize(o.min, { context: { rule: 'arrayMinSize', min: o.min } })] : []),
    ArrayMaxSize(max, { context: { rule: 'arrayMaxSize', max } }),
    IsArray({ context: { rule: 'isArray' } }),
    Id({ each: true }),
  );

export const TextField = (max: number, o: FieldOptions & { singleLine?: boolean } = {}) => applyDecorators(field(() => String, o), Text(max, o));

export const CodeField = (o: FieldOptions = {}) => applyDecorators(field(() => String, o), Code({ optional: o.optional }));

export const EnumField = (values: Record<string, string>, o: FieldOptions & { defaultValue?: string } = {}) =>
  applyDecorators(field(() => values, o), OneOf(values, { optional: o.optional }));

export const EnumsField = (values: Record<string, string>, max: number, o: FieldOptions = {}) =>
  applyDecorators(field(() => [values], o), ...(o.optional ? [IsOptional()] : []), ArrayMaxSize(max, { context: { rule: 'arrayMaxSize', max } }), IsEnum(values, { each: true, context: { rule: 'isEnum' } }));

export const WholeField = (min: number, max: number, o: FieldOptions = {}) => applyDecorators(field(() => Int, o), Whole(min, max, { optional: o.optional }));

export const DateField = (o: FieldOptions = {}) => applyDecorators(field(() => LocalDateScalar, o), LocalDate({ optional: o.optional }));

export const FlagField = (o: FieldOptions & { defaultValue?: boolean } = {}) => applyDecorators(field(() => Boolean, o), ...(o.optional ? [IsOptional()] : []), IsBoolean({ context: { rule: 'isBoolean' } }));

/** A nested input object (or list of them), validated field by field. */
export const NestedField = (type: () => new () => object, o: FieldOptions & { list?: boolean; max?: number } = {}) =>
  applyDecorators(
    field(() => (o.list ? [type()] : type()), o),
    ...(o.optional ? [IsOptional()] : []),
    ...(o.max ? [ArrayMaxSize(o.max, { context: { rule: 'arrayMaxSize', max: o.max } })] : []),
    ValidateNested({ each: o.list }),
    Type(type),
  );

/** The largest value a PostgreSQL integer holds. */
export const MAX_INT = 2_147_483_647;

/** An input about one existing item. */
@InputType({ isAbstract: true })
export abstract class ItemInput {
  @IdField()
  id!: string;
}

/** An input that changes an existing item: the version read guards against overwriting a newer one. */
@InputType({ isAbstract: true })
export abstract class ItemChangeInput extends ItemInput {
  @WholeField(1, MAX_INT, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;
}
