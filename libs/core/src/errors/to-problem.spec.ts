import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationFailedError } from './domain-error';
import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isConnectionError, toProblem } from './to-problem';

describe('toProblem', () => {
  it('keeps a domain error\'s code, status and extensions', () => {
    const { problem, unexpected } = toProblem(
      new ConflictError('illegal-transition', 'Illegal status change', 'active → referred is not allowed', { from: 'active' }),
      '/api/v1/participants/1/status',
      'req-1',
    );
    expect(unexpected).toBeUndefined();
    expect(problem).toMatchObject({
      type: '/problems/illegal-transition',
      code: 'illegal-transition',
      status: 409,
      from: 'active',
      instance: '/api/v1/participants/1/status',
      requestId: 'req-1',
    });
  });

  it('lists field problems of a validation error', () => {
    const { problem } = toProblem(new ValidationFailedError([{ field: 'pin', message: 'must be 6 digits' }]), '/x');
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([{ field: 'pin', message: 'must be 6 digits' }]);
    expect(problem.detail).toBe('pin: must be 6 digits');
  });

  it('maps framework HTTP exceptions', () => {
    expect(toProblem(new NotFoundException('Cannot GET /nope'), '/nope').problem).toMatchObject({ status: 404, code: 'not-found' });
    expect(toProblem(new BadRequestException(), '/x').problem.code).toBe('bad-request');
    expect(toProblem(new NotFoundError('participant'), '/x').problem.detail).toBe('The participant was not found.');
  });

  it('turns lost connections into 503 service-unavailable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isConnectionError(refused)).toBe(true);
    expect(toProblem(refused, '/x').problem).toMatchObject({ status: 503, code: 'service-unavailable', dependency: 'postgres' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(isConnectionError(shutdown)).toBe(true);
    // What TypeORM throws at the next query of a request whose connection Postgres dropped mid-request.
    expect(toProblem(new QueryRunnerProviderAlreadyReleasedError(), '/x').problem).toMatchObject({ status: 503, dependency: 'postgres' });
  });

  it('hides the details of an unexpected error behind an error id', () => {
    const { problem, unexpected } = toProblem(new TypeError('cannot read secret of undefined'), '/x');
    expect(problem.status).toBe(500);
    expect(problem.code).toBe('internal-error');
    expect(JSON.stringify(problem)).not.toContain('secret');
    expect(unexpected?.errorId).toBe(problem.errorId);
  });
});
