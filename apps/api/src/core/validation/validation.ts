import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppException, ErrorCode } from '@api/core/errors/app.exception';

export interface FieldError {
  /** Dotted path of the input field, e.g. input.title. */
  field: string;
  rule: string;
  params: Record<string, unknown>;
}

/** Invalid input: nothing was written. Each field error names the field and the rule it broke. */
export class ValidationException extends AppException<ErrorCode.BAD_USER_INPUT> {
  constructor(readonly fields: FieldError[]) {
    super(ErrorCode.BAD_USER_INPUT, {}, { fields });
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const context = (error.contexts?.[constraint] ?? {}) as Record<string, unknown>;
      const { rule, ...params } = context;
      return { field: path, rule: typeof rule === 'string' ? rule : constraint, params };
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Field paths start at the argument (input.title), as the services name them too. */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationException && metadata.data) {
        throw new ValidationException(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
      }
      throw error;
    }
  }
}

/**
 * Validates every GraphQL argument object against its class-validator rules:
 * unknown properties are refused, values are transformed to their classes,
 * and failures become one BAD_USER_INPUT with every field error.
 */
export function validationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationException(flatten(errors)),
  });
}
