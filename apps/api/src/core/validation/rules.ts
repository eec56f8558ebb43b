import { applyDecorators } from '@nestjs/common';
import { IsDefined, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { isLocalDate } from '@api/core/graphql/local-date.scalar';

/** Control characters other than tab and newlines have no place in what people write. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const SINGLE_LINE = /^[^\r\n]*$/;

/** Every rule carries its name and parameters, so the error can name them in the caller's language. */
const rule = (name: string, params: Record<string, unknown> = {}) => ({ context: { rule: name, ...params } });

/** Written text: required (unless optional), not blank, at most `max` characters, no control characters. */
export function Text(max: number, options: { optional?: boolean; singleLine?: boolean } = {}) {
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : [IsNotEmpty(rule('isNotEmpty'))]),
    IsString(rule('isString')),
    MaxLength(max, rule('maxLength', { max })),
    // Each pattern is a constraint named after its rule: class-validator keys errors by constraint name, so two Matches() would report one rule for the other.
    Pattern('isNotEmpty', /\S/),
    Pattern('noControlCharacters', NO_CONTROL_CHARACTERS),
    ...(options.singleLine ? [Pattern('singleLine', SINGLE_LINE)] : []),
  );
}

/** A short identifier such as an agenda or organisation code. */
export function Code(options: { optional?: boolean } = {}) {
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : [IsNotEmpty(rule('isNotEmpty'))]),
    IsString(rule('isString')),
    MaxLength(60, rule('maxLength', { max: 60 })),
    Matches(/^[A-Za-z0-9-]+$/, rule('notAllowed')),
  );
}

export function Id(options: { optional?: boolean; each?: boolean } = {}) {
  return applyDecorators(...(options.optional ? [IsOptional()] : []), IsUUID('all', { ...rule('isUUID'), each: options.each }));
}

export function Whole(min: number, max: number, options: { optional?: boolean } = {}) {
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : []),
    IsInt(rule('isInt')),
    Min(min, rule('min', { min })),
    Max(max, rule('max', { max })),
  );
}

export function OneOf(values: Record<string, string>, options: { optional?: boolean } = {}) {
  return applyDecorators(...(options.optional ? [IsOptional()] : [IsDefined(rule('required'))]), IsEnum(values, rule('isEnum')));
}

/** A calendar date YYYY-MM-DD. */
export function LocalDate(options: { optional?: boolean } = {}) {
  return applyDecorators(...(options.optional ? [IsOptional()] : []), IsLocalDateRule());
}

/** A string that must match `pattern`, reported as the rule `name` (non-strings are left to IsString). */
function Pattern(name: string, pattern: RegExp): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: rule(name),
      validator: { validate: (value: unknown) => typeof value !== 'string' || pattern.test(value) },
    });
  };
}

function IsLocalDateRule(validationOptions?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { ...rule('isLocalDate'), ...validationOptions },
      validator: { validate: (value: unknown) => isLocalDate(value) },
    });
  };
}
