import { Controller, Get, Header, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import type { FastifyReply } from 'fastify';
import { CourtOrderDto } from './court-order.dto';
import { CourtOrdersService } from './court-orders.service';

const sendPdf = (reply: FastifyReply, found: { order: CourtOrderDto; pdf: Buffer }) => {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="order-${found.order.orderedOn}-${found.order.id.slice(0, 8)}.pdf"`);
  return new StreamableFile(found.pdf);
};

@ApiTags('violations')
@Controller()
export class CourtOrdersController {
  constructor(private readonly orders: CourtOrdersService) {}

  @Get('participants/:id/court-orders')
  @Allow(Permission.ViolationRead)
  @ApiOperation({ summary: "The participant's written orders (one per sanction), newest first" })
  @ApiOkResponse({ type: [CourtOrderDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CourtOrderDto[]> {
    return this.orders.list(principal, id);
  }

  @Get('court-orders/:orderId/pdf')
  @Allow(Permission.ViolationRead)
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'A written order as PDF, as it was made when the sanction was ordered' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  async pdf(@CurrentPrincipal() principal: Principal, @Param('orderId', ParseUUIDPipe) orderId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPdf(reply, await this.orders.pdf(principal, orderId));
  }

  @Get('me/court-orders')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Your written orders, newest first (participants)' })
  @ApiOkResponse({ type: [CourtOrderDto] })
  own(@CurrentPrincipal() principal: Principal): Promise<CourtOrderDto[]> {
    return this.orders.own(principal);
  }

  @Get('me/court-orders/:orderId/pdf')
  @Allow(Permission.ParticipantRead)
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'One of your written orders as PDF (participants)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  async ownPdf(@CurrentPrincipal() principal: Principal, @Param('orderId', ParseUUIDPipe) orderId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPdf(reply, await this.orders.pdf(principal, orderId, { own: true }));
  }
}
