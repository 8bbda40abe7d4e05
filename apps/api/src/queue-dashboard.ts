import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignInThrottle, type ThrottleKey } from '@app/auth';
import { AppConfig } from '@app/core';
import { ALL_QUEUES } from '@app/queue';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Bull Board for operators at /admin/queues. It is mounted only when a
 * dashboard password is configured (off otherwise: the path is a 404), and
 * every request must present it (HTTP basic auth, user `admin`); it shows
 * job names and ids, never personal data, because payloads carry ids only.
 * Wrong passwords are counted per client address like sign-in's: after
 * AUTH_LOCKOUT_THRESHOLD of them in a row the address gets 429 for
 * AUTH_LOCKOUT_MINUTES, even with the right password.
 */
export async function mountQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const password = config.queue.dashboardPassword;
  if (!password) return false;
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: ALL_QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter,
  });
  const expected = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`;
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const throttle = app.get(SignInThrottle);
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const key: ThrottleKey = { scope: 'dashboard', key: `ip:${request.ip}`, limit: config.auth.lockoutThreshold };
      const claim = await throttle.claimOne(key);
      if (!claim.allowed) {
        await reply
          .header('retry-after', String(claim.retryAfterSeconds))
          .type('application/problem+json')
          .status(429)
          .send({ type: '/problems/sign-in-blocked', code: 'sign-in-blocked', status: 429, title: 'Too many failed sign-ins', retryAfterSeconds: claim.retryAfterSeconds });
        return;
      }
      if (!sameSecret(request.headers.authorization ?? '', expected)) {
        await reply.header('www-authenticate', 'Basic realm="queues"').status(401).send({ status: 401, title: 'Authentication required' });
        return;
      }
      await throttle.succeeded([key]);
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
  return true;
}
