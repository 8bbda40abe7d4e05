import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from '../errors/domain-error';

/**
 * The class-validator constraint (`isInt`, `whitelistValidation`…) behind each
 * field problem the pipe raised, kept beside the problem rather than in it so
 * the response body stays `{ field, message }`; the problem translator words
 * the message again from it in the reader's language.
 */
const constraints = new WeakMap<FieldProblem, string>();

/** The constraint a field problem of the validation pipe failed; undefined for problems raised by domain code. */
export function constraintOf(problem: FieldProblem): string | undefined {
  return constraints.get(problem);
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const problem = { field, message };
      constraints.set(problem, constraint);
      return problem;
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Global input validation: unknown fields are refused (not silently dropped),
 * values are converted to the DTO's types, and every problem names its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
