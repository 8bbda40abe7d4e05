import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent } from '@app/core';
import { ContactsService } from './contacts.service';
import { ParticipantContactDto, ParticipantContactsDto, CreateParticipantContactDto } from './dto/contact.dto';

@ApiTags('participant records')
@Controller('participants/:id/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.ContactWrite)
  @ApiOperation({ summary: 'Records a call, visit or message with the participant (an attempt that did not reach them too)' })
  @ApiCreatedResponse({ type: ParticipantContactDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateParticipantContactDto): Promise<ParticipantContactDto> {
    return this.contacts.record(principal, id, body);
  }

  @Get()
  @Allow(Permission.ContactRead)
  @ApiOperation({ summary: 'The contact log, newest first, and the last contact of any kind (log, hearing attended, specimen collected)' })
  @ApiOkResponse({ type: ParticipantContactsDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ParticipantContactsDto> {
    return this.contacts.list(principal, id);
  }
}
