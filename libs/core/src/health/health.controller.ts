import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType } from '../errors/problem';
import { HealthService } from './health.service';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../http/public.decorator';

/**
 * Liveness and readiness for load balancers and orchestrators. Postgres is
 * the source of truth and what call-ins, sign-in and every page need; Redis
 * only carries background work (and rate-limit counters, which fail open).
 * So a Redis outage makes the API *degraded*, not unready: taking every API
 * replica out of the load balancer then would stop the morning's call-ins for
 * want of a queue that only delays work.
 */
@ApiTags('operations')
@SkipThrottle()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Readiness, with each dependency: 200 when Postgres answers (status "degraded" while Redis does not), 503 otherwise.' })
  @ApiOkResponse({ description: 'Postgres answers; `degraded` names Redis when it does not.' })
  @ApiServiceUnavailableResponse({ description: 'Postgres does not answer; the body names which dependencies are down.' })
  async check(@Res() reply: FastifyReply): Promise<void> {
    await this.ready(reply);
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness (the same answer as /health): route traffic here while it is 200.' })
  @ApiOkResponse({ description: 'Postgres answers; `degraded` names Redis when it does not.' })
  @ApiServiceUnavailableResponse({ description: 'Postgres does not answer.' })
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const checks = await this.health.check();
    const down = (Object.keys(checks) as (keyof typeof checks)[]).filter((name) => checks[name].status === 'down');
    if (checks.postgres.status === 'up') {
      await reply.status(200).send({ status: down.length === 0 ? 'ok' : 'degraded', ...(down.length > 0 ? { degraded: down } : {}), checks });
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

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers. It checks no dependency, so an outage elsewhere never gets the API restarted.' })
  @ApiOkResponse({ description: 'The process is up.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
