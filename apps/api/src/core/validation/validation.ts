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

/** One problem per field, the first rule it broke (an empty choice is "required", not also "not an allowed value"). */
function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).slice(0, 1).map((constraint) => {
      const context = (error.contexts?.[constraint] ?? {}) as Record<string, unknown>;
      const { rule, ...params } = context;
      return { field: path, rule: typeof rule === 'string' ? rule : constraint, params };
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * An input class whose required fields depend on other fields (a bottleneck
 * submitted at once needs more than a draft) names them here, so that they
 * are reported in the same round as every other field error.
 */
export interface WithRequirements {
  missing(input: Record<string, unknown>): string[];
}

function requirementsOf(metatype: unknown): WithRequirements | null {
  const candidate = metatype as Partial<WithRequirements> | undefined;
  return typeof candidate?.missing === 'function' ? (candidate as WithRequirements) : null;
}

/** Field paths start at the argument (input.title), as the services name them too. */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const requirements = requirementsOf(metadata.metatype);
    const missing = requirements && value && typeof value === 'object' ? requirements.missing(value as Record<string, unknown>) : [];
    let fields: FieldError[] = [];
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof ValidationException)) throw error;
      fields = error.fields;
    }
    const reported = new Set(fields.map((f) => f.field));
    fields.push(...missing.filter((field) => !reported.has(field)).map((field) => ({ field, rule: 'required', params: {} })));
    if (fields.length === 0) return result;
    throw new ValidationException(metadata.data ? fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })) : fields);
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
