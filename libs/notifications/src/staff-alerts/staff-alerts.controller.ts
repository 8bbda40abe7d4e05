import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { Authenticated, CurrentPrincipal, Principal } from '@app/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AlertsDto, AlertsQueryDto, NotificationPreferencesDto, UnreadCountDto, UpdateNotificationPreferencesDto } from '../dto/alerts.dto';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { AlertStreamService } from './alert-stream.service';
import { StaffAlertsService } from './staff-alerts.service';

/** A stream ends after this long; the screen opens a new one with a fresh token, so an ended session ends its stream too. */
export const ALERT_STREAM_MAX_MS = 4 * 60_000;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

@ApiTags('notifications')
@Controller('me')
export class StaffAlertsController {
  constructor(
    private readonly alerts: StaffAlertsService,
    private readonly stream: AlertStreamService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Get('alerts')
  @Authenticated()
  @ApiOperation({ summary: "The signed-in person's alerts (the bell), newest first, worded in the reader's language, with the unread count" })
  @ApiOkResponse({ type: AlertsDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: AlertsQueryDto, @ReaderLanguage() language: Language): Promise<AlertsDto> {
    return this.alerts.list(principal, language, query);
  }

  @Get('alerts/unread-count')
  @Authenticated()
  @ApiOperation({ summary: 'How many of the signed-in person\'s alerts are unread' })
  @ApiOkResponse({ type: UnreadCountDto })
  async unread(@CurrentPrincipal() principal: Principal): Promise<UnreadCountDto> {
    return { unread: await this.alerts.unreadCount(principal) };
  }

  @Post('alerts/:id/read')
  @Idempotent()
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Marks one of the signed-in person\'s alerts read (again is harmless)' })
  @ApiNoContentResponse()
  async markRead(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.alerts.markRead(principal, id);
  }

  @Post('alerts/read-all')
  @Idempotent()
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: "Marks every one of the signed-in person's alerts read" })
  @ApiNoContentResponse()
  async markAllRead(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.alerts.markAllRead(principal);
  }

  @Get('alerts/stream')
  @Authenticated()
  @ApiOperation({
    summary:
      'Server-sent events: `alerts` with `{"unread": n}` at once and whenever the signed-in person\'s alerts change (on any API instance). Read it with a streamed fetch carrying the bearer token and `X-Background-Refresh: 1`; it ends after four minutes, to be opened again.',
  })
  @ApiProduces('text/event-stream')
  async streamAlerts(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // Subscribe before answering: a failure here is still an ordinary problem+json.
    let pending = false;
    let closed = false;
    const send = async () => {
      if (closed || pending) return;
      pending = true;
      try {
        const unread = await this.alerts.unreadCount(principal);
        if (!closed) reply.raw.write(`event: alerts\ndata: ${JSON.stringify({ unread })}\n\n`);
      } catch {
        // The next change, or the screen's next stream, tells it.
      } finally {
        pending = false;
      }
    };
    const stop = await this.stream.listen(
      principal.userId,
      () => void send(),
      () => end(),
    );
    reply.hijack();
    reply.raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      // One stream per connection: once it ends, the connection goes too (a server shutting down waits for none).
      connection: 'close',
    });
    const heartbeat = setInterval(() => reply.raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(limit);
      stop();
      reply.raw.end();
    };
    const limit = setTimeout(end, ALERT_STREAM_MAX_MS);
    // The response's close is the connection's: the request's own may fire once its (empty) body is read.
    reply.raw.on('close', end);
    await send();
  }

  @Get('notification-preferences')
  @Authenticated()
  @ApiOperation({ summary: 'How the signed-in person receives alerts besides the bell' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  getPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesDto> {
    return this.preferences.get(principal);
  }

  @Put('notification-preferences')
  @Authenticated()
  @ApiOperation({ summary: 'Chooses alerts by email: one per alert, a daily digest, or none (the bell only)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  putPreferences(@CurrentPrincipal() principal: Principal, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    return this.preferences.set(principal, body.emailAlerts);
  }
}
