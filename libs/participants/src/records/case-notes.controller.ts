import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { CaseNotesService } from './case-notes.service';
import { CaseNoteDto, CaseNotesDto, CreateCaseNoteDto } from './dto/case-note.dto';

@ApiTags('participant records')
@Controller('participants/:id/case-notes')
export class CaseNotesController {
  constructor(private readonly notes: CaseNotesService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.CaseNoteWrite)
  @ApiOperation({ summary: 'Writes a case note; a confidential (treatment-derived) one needs a consent covering its information for the writer' })
  @ApiCreatedResponse({ type: CaseNoteDto })
  write(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCaseNoteDto): Promise<CaseNoteDto> {
    return this.notes.write(principal, id, body);
  }

  @Get()
  @Allow(Permission.CaseNoteRead)
  @ApiOperation({ summary: 'Case notes: open ones, and confidential ones your consents cover (the rest counted as withheld)' })
  @ApiOkResponse({ type: CaseNotesDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<CaseNotesDto> {
    return this.notes.list(principal, id, language);
  }
}
