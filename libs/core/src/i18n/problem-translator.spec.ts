import 'reflect-metadata';
import { NotFoundException } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConflictError, DependencyUnavailableError, NotFoundError, ValidationFailedError } from '../errors/domain-error';
import { toProblem } from '../errors/to-problem';
import { createValidationPipe } from '../http/validation';
import { IsCalendarDate, IsTimeZone } from '../http/validators';
import { negotiateLanguage } from './languages';
import { ProblemTranslator } from './problem-translator';

class AddressDto {
  @IsString()
  @Length(5, 5)
  postcode: string;
}

class EverythingDto {
  @IsUUID() id: string;
  @IsIn(['a', 'b']) kind: string;
  @IsInt() @Min(1) @Max(30) days: number;
  @IsNumber({ allowNaN: false }) amount: number;
  @IsString() @MaxLength(3) name: string;
  @IsNotEmpty() reason: string;
  @IsBoolean() observed: boolean;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2) @ArrayUnique() @IsUUID('all', { each: true }) ids: string[];
  @Matches(/^[A-Z]+$/) code: string;
  @Matches(/^[A-Z]{2,4}$/, { message: 'courtCode must be 2 to 4 letters, digits or hyphens' }) courtCode: string;
  @IsISO8601({ strict: true }) at: string;
  @IsCalendarDate() startsOn: string;
  @IsTimeZone() timeZone: string;
  @Equals(true) agreed: true;
  @ValidateNested() @Type(() => AddressDto) address: AddressDto;
}

async function validationProblem(body: unknown) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: EverythingDto });
  } catch (error) {
    return toProblem(error, '/x', 'req-1').problem;
  }
  throw new Error('the body was valid');
}

const WRONG = {
  id: 'nope',
  kind: 'c',
  days: 99,
  amount: 'x',
  name: 'long name',
  reason: '',
  observed: 'yes',
  ids: ['x', 'x', 'x'],
  code: 'abc',
  courtCode: 'toolong',
  at: 'yesterday',
  startsOn: '2026-02-30',
  timeZone: 'Mars/Olympus',
  agreed: false,
  address: { postcode: '1', extra: 1 },
  admin: true,
};

describe('ProblemTranslator', () => {
  const translator = new ProblemTranslator();

  it('leaves an English problem as it is (the same object)', () => {
    const { problem } = toProblem(new NotFoundError('participant'), '/x');
    expect(translator.translate(problem, 'en')).toBe(problem);
  });

  it('translates title and detail but nothing else', () => {
    const { problem } = toProblem(new NotFoundError('court session'), '/x', 'req-1');
    const es = translator.translate(problem, 'es');
    expect(es).toEqual({ ...problem, title: 'No encontrado', detail: 'No se encontró la sesión del tribunal.' });
    expect(Object.keys(es)).toEqual(Object.keys(problem));
    expect(translator.translate(problem, 'pt').detail).toBe('Não foi possível encontrar a sessão do tribunal.');
  });

  it('falls back to the English noun, title and detail when the catalogue has none', () => {
    expect(translator.translate(toProblem(new NotFoundError('widget'), '/x').problem, 'es').detail).toBe('No se encontró widget.');
    const unknown = translator.translate(toProblem(new ConflictError('brand-new-code', 'Brand new', 'Said in English.'), '/x').problem, 'es');
    expect(unknown).toMatchObject({ code: 'brand-new-code', title: 'Brand new', detail: 'Said in English.' });
    const domain = translator.translate(toProblem(new ConflictError('session-full', 'Session full', 'Nobody else fits on this session.'), '/x').problem, 'pt');
    expect(domain).toMatchObject({ title: 'Sessão lotada', detail: 'Nobody else fits on this session.' });
  });

  it('words the details of domain conflicts, with their values and plural counts', () => {
    const conflict = (code: string, detail: string, language: 'es' | 'pt') =>
      translator.translate(toProblem(new ConflictError(code, 'English title', detail), '/x').problem, language).detail;
    expect(conflict('session-full', 'The session takes at most 3 hearings and has 3.', 'pt')).toBe(
      'A sessão do tribunal comporta no máximo 3 audiências e já tem 3.',
    );
    expect(conflict('holiday-exists', 'The court already has a holiday on 2026-12-25.', 'es')).toBe('El tribunal ya tiene un feriado el 2026-12-25.');
    expect(conflict('session-held', '1 hearing(s) on this session were already held; it cannot be cancelled.', 'es')).toBe(
      '1 audiencia de esta sesión del tribunal ya se celebró; la sesión no puede cancelarse.',
    );
    expect(conflict('session-held', '2 hearing(s) on this session were already held; it cannot be cancelled.', 'pt')).toBe(
      '2 audiências desta sessão do tribunal já foram realizadas; a sessão não pode ser cancelada.',
    );
    expect(
      conflict('illegal-transition', 'A participant cannot go from active to referred; from active the allowed statuses are medical_leave, graduated.', 'es'),
    ).toBe('Un participante no puede pasar de active a referred; desde active los estados permitidos son: medical_leave, graduated.');
    expect(conflict('violation-not-open', 'A violation named has already been answered or dismissed.', 'pt')).toBe(
      'Um dos descumprimentos indicados já foi respondido ou arquivado.',
    );
    expect(conflict('result-not-contestable', 'A confirmation test overturned this result.', 'es')).toBe('Una prueba de confirmación anuló este resultado.');
  });

  it('keeps the values of a sentence: error ids, route, plural counts', () => {
    const { problem } = toProblem(new TypeError('boom'), '/x');
    expect(translator.translate(problem, 'es').detail).toBe(`Se produjo un error inesperado. Indique el id de error ${problem.errorId} al informarlo.`);
    const route = toProblem(new NotFoundException('Cannot GET /api/v1/nothing-here'), '/api/v1/nothing-here').problem;
    expect(translator.translate(route, 'pt').detail).toBe('A rota GET /api/v1/nothing-here não existe');
    const locked = (minutes: number) =>
      translator.translate(
        { type: '/problems/sign-in-blocked', code: 'sign-in-blocked', status: 429, title: 'Too many failed sign-ins', detail: `Too many failed sign-ins from here. Try again in ${minutes} minute(s).` },
        'es',
      ).detail;
    expect(locked(1)).toContain('en 1 minuto.');
    expect(locked(15)).toContain('en 15 minutos.');
    expect(translator.translate(toProblem(new DependencyUnavailableError('redis'), '/x').problem, 'es').detail).toBe(
      'No se puede acceder al almacén de colas; vuelva a intentarlo en breve.',
    );
  });

  it('words every class-validator message again, by constraint, with the field path and the constraint arguments', async () => {
    const english = await validationProblem(WRONG);
    const es = translator.translate(english, 'es');
    const pt = translator.translate(english, 'pt');
    const fields = (p: typeof english) => (p.errors as Array<{ field: string }>).map((e) => e.field);
    expect(fields(es)).toEqual(fields(english));
    expect(fields(pt)).toEqual(fields(english));

    const englishMessages = (english.errors as Array<{ message: string }>).map((e) => e.message);
    const still = (p: typeof english) => (p.errors as Array<{ message: string }>).filter((e) => englishMessages.includes(e.message));
    expect(still(es)).toEqual([]);
    expect(still(pt)).toEqual([]);

    const message = (p: typeof english, field: string, includes: string) =>
      (p.errors as Array<{ field: string; message: string }>).find((e) => e.field === field && e.message.includes(includes));
    expect(message(es, 'days', 'no debe ser mayor que 30')).toBeDefined();
    expect(message(es, 'kind', 'debe ser uno de los siguientes valores: a, b')).toBeDefined();
    expect(message(es, 'admin', 'la propiedad admin no está permitida')).toBeDefined();
    expect(message(es, 'address.extra', 'la propiedad address.extra no está permitida')).toBeDefined();
    expect(message(es, 'address.postcode', 'address.postcode debe tener al menos 5 caracteres')).toBeDefined();
    expect(message(es, 'name', 'name debe tener como máximo 3 caracteres')).toBeDefined();
    expect(message(es, 'ids', 'cada valor de ids debe ser un UUID')).toBeDefined();
    expect(message(es, 'ids', 'ids debe contener como máximo 2 elementos')).toBeDefined();
    expect(message(es, 'courtCode', 'de 2 a 4 letras')).toBeDefined();
    expect(message(pt, 'startsOn', 'startsOn deve ser uma data de calendário AAAA-MM-DD')).toBeDefined();
    expect(message(pt, 'timeZone', 'America/Sao_Paulo')).toBeDefined();
    expect(message(pt, 'code', 'deve corresponder à expressão regular /^[A-Z]+$/')).toBeDefined();

    // The detail lists the same problems, reworded.
    expect(es.detail).toBe((es.errors as Array<{ field: string; message: string }>).map((e) => `${e.field}: ${e.message}`).join('; '));
    expect(es).toMatchObject({ type: english.type, code: english.code, status: 422, title: 'La solicitud no es válida' });
  });

  it('keeps field messages written by domain code, and values that look like markup', async () => {
    const domain = toProblem(new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]), '/x').problem;
    expect(translator.translate(domain, 'es')).toMatchObject({ errors: [{ field: 'to', message: 'must not be before from' }], detail: 'to: must not be before from' });

    const sneaky = await validationProblem({ ...WRONG, '{{property}}': 1, '$t(title.conflict)': 1 });
    const messages = (translator.translate(sneaky, 'es').errors as Array<{ message: string }>).map((e) => e.message);
    expect(messages).toEqual(expect.arrayContaining(['la propiedad {{property}} no está permitida', 'la propiedad $t(title.conflict) no está permitida']));
  });
});

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX,es;q=0.9', 'es'],
    ['pt-BR', 'pt'],
    ['de', 'en'],
    ['de, pt;q=0.5', 'pt'],
    ['en-GB,es;q=0.9', 'en'],
    ['es;q=0, pt', 'pt'],
    ['*', 'en'],
  ])('%p → %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
