import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType } from '../errors/problem';
import { HealthService } from './health.service';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../http/public.decorator';

@ApiTags('operations')
@SkipThrottle()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'Postgres and Redis both answer.' })
  @ApiServiceUnavailableResponse({ description: 'Postgres or Redis does not answer; the body names which.' })
  async check(@Res() reply: FastifyReply): Promise<void> {
    const checks = await this.health.check();
    const down = (Object.keys(checks) as (keyof typeof checks)[]).filter((name) => checks[name].status === 'down');
    if (down.length === 0) {
      await reply.status(200).send({ status: 'ok', checks });
      return;
    }
    await reply
      .status(503)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send({
        type: problemType('service-unavailable'),
        code: 'service-unavailable',
        title: 'Service temporarily unavailable',
        status: 503,
        detail: `Not reachable: ${down.join(', ')}.`,
        down,
        checks,
      });
  }
}
