import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { DevOutboxDto, MessageDto, MessagesQueryDto } from '../dto/messages.dto';
import { MessagesService } from './messages.service';

@ApiTags('notifications')
@Controller()
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get('courts/:courtId/messages')
  @Allow(Permission.MessageRead)
  @ApiOperation({ summary: "The court's emails and texts, newest first; `status=undeliverable` lists those every retry failed or the provider could not deliver" })
  @ApiOkResponse({ type: [MessageDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string, @Query() query: MessagesQueryDto): Promise<MessageDto[]> {
    return this.messages.list(principal, courtId, query);
  }

  @Get('dev-outbox')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: 'Development only (DEV_OUTBOX; 404 when off, refused in production): every email, text and call script the system produced' })
  @ApiOkResponse({ type: DevOutboxDto })
  devOutbox(@CurrentPrincipal() principal: Principal): Promise<DevOutboxDto> {
    return this.messages.devOutbox(principal);
  }
}
