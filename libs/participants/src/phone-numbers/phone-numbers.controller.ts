import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, NotFoundError } from '@app/core';
import { CreatePhoneNumberDto, PhoneNumberDto, UpdatePhoneNumberDto } from './dto/phone-number.dto';
import { PhoneNumbersService } from './phone-numbers.service';

/** A participant's phone numbers, kept by staff with the participant. */
@ApiTags('participant phone numbers')
@Controller('participants/:id/phone-numbers')
export class PhoneNumbersController {
  constructor(private readonly numbers: PhoneNumbersService) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "The participant's registered phone numbers, each with its consent to texts and whether it replied STOP" })
  @ApiOkResponse({ type: [PhoneNumberDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PhoneNumberDto[]> {
    return this.numbers.list(principal, id, Permission.ParticipantRead);
  }

  @Post()
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Registers a phone number: calls from it skip the number prompt; texts go to it only with smsOptIn' })
  @ApiCreatedResponse({ type: PhoneNumberDto })
  @ApiConflictResponse({ description: '`phone-number-taken`: registered for this or another participant of the court' })
  add(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreatePhoneNumberDto): Promise<PhoneNumberDto> {
    return this.numbers.add(principal, id, body, 'staff');
  }

  @Patch(':numberId')
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: "Changes a number's label or the participant's consent to texts at it" })
  @ApiOkResponse({ type: PhoneNumberDto })
  @ApiNotFoundResponse({ description: 'Unknown, removed, or not this participant’s' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('numberId', ParseUUIDPipe) numberId: string,
    @Body() body: UpdatePhoneNumberDto,
  ): Promise<PhoneNumberDto> {
    return this.numbers.update(principal, id, numberId, body, 'staff');
  }

  @Delete(':numberId')
  @Allow(Permission.ParticipantWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Removes a number (kept in the record, so past calls still show whose it was)' })
  @ApiOkResponse({ type: PhoneNumberDto })
  @ApiNotFoundResponse({ description: 'Unknown, already removed, or not this participant’s' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Param('numberId', ParseUUIDPipe) numberId: string): Promise<PhoneNumberDto> {
    return this.numbers.remove(principal, id, numberId, 'staff');
  }
}

/** The participant's own phone numbers, from their own page. */
@ApiTags('participant phone numbers')
@Controller('me/phone-numbers')
export class OwnPhoneNumbersController {
  constructor(private readonly numbers: PhoneNumbersService) {}

  @Get()
  @Allow(Permission.CallIn)
  @ApiOperation({ summary: 'Your registered phone numbers (participants)' })
  @ApiOkResponse({ type: [PhoneNumberDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<PhoneNumberDto[]> {
    return this.numbers.list(principal, ownId(principal), Permission.CallIn);
  }

  @Post()
  @Idempotent()
  @Allow(Permission.CallIn)
  @ApiOperation({ summary: 'Registers one of your phone numbers: calling the hotline from it skips the number prompt' })
  @ApiCreatedResponse({ type: PhoneNumberDto })
  @ApiConflictResponse({ description: '`phone-number-taken`' })
  add(@CurrentPrincipal() principal: Principal, @Body() body: CreatePhoneNumberDto): Promise<PhoneNumberDto> {
    return this.numbers.add(principal, ownId(principal), body, 'self');
  }

  @Patch(':numberId')
  @Allow(Permission.CallIn)
  @ApiOperation({ summary: 'Changes the label of one of your numbers, or whether you accept texts at it' })
  @ApiOkResponse({ type: PhoneNumberDto })
  update(@CurrentPrincipal() principal: Principal, @Param('numberId', ParseUUIDPipe) numberId: string, @Body() body: UpdatePhoneNumberDto): Promise<PhoneNumberDto> {
    return this.numbers.update(principal, ownId(principal), numberId, body, 'self');
  }

  @Delete(':numberId')
  @Allow(Permission.CallIn)
  @HttpCode(200)
  @ApiOperation({ summary: 'Removes one of your numbers' })
  @ApiOkResponse({ type: PhoneNumberDto })
  remove(@CurrentPrincipal() principal: Principal, @Param('numberId', ParseUUIDPipe) numberId: string): Promise<PhoneNumberDto> {
    return this.numbers.remove(principal, ownId(principal), numberId, 'self');
  }
}

function ownId(principal: Principal): string {
  if (!principal.participantId) throw new NotFoundError('participant');
  return principal.participantId;
}
