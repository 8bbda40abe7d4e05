import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent } from '@app/core';
import { CustodyService } from './custody.service';
import { CustodyChainDto, RecordCustodyStepDto } from './dto/custody.dto';

@ApiTags('drug testing')
@Controller()
export class CustodyController {
  constructor(private readonly custody: CustodyService) {}

  @Get('collections/:collectionId/custody')
  @Allow(Permission.DrugTestRecordResult)
  @ApiOperation({ summary: "A specimen's chain of custody (collected, sealed, shipped, received: who and when), with its lab and accession number" })
  @ApiOkResponse({ type: CustodyChainDto })
  chain(@CurrentPrincipal() principal: Principal, @Param('collectionId') collectionId: string): Promise<CustodyChainDto> {
    return this.custody.chain(principal, collectionId);
  }

  @Post('collections/:collectionId/custody')
  @Idempotent()
  @Allow(Permission.DrugTestRecordResult)
  @ApiOperation({ summary: 'Records the next step of the chain of custody, in order, once each; 422 otherwise' })
  @ApiCreatedResponse({ type: CustodyChainDto })
  record(@CurrentPrincipal() principal: Principal, @Param('collectionId') collectionId: string, @Body() body: RecordCustodyStepDto): Promise<CustodyChainDto> {
    return this.custody.record(principal, collectionId, body);
  }
}
