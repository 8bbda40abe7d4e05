import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CollectionsService } from './collections.service';
import { DayCollectionsService } from './day-collections.service';
import { DrugTestHistoryService } from './drug-test-history.service';
import {
  AdmitResultDto,
  ContestResultDto,
  CreateCollectionDto,
  DrugTestHistoryDto,
  RecordedCollectionDto,
  RecordResultsDto,
} from './dto/collection.dto';
import { DayCollectionsDto, DayCollectionsQueryDto } from './dto/day-collections.dto';
import { ResultReviewsService } from './result-reviews.service';

/** Every write answers the collection as it now stands and the id of the violation it stands for (or null). */
@ApiTags('drug testing')
@Controller()
export class CollectionsController {
  constructor(
    private readonly collections: CollectionsService,
    private readonly reviews: ResultReviewsService,
    private readonly history: DrugTestHistoryService,
    private readonly days: DayCollectionsService,
  ) {}

  @Get('courts/:courtId/collections')
  @Allow(Permission.DrugTestRecordResult)
  @ApiOperation({ summary: "A court day's collections with their results and participants: the testing site's list of who came and what is still to be read" })
  @ApiOkResponse({ type: DayCollectionsDto })
  day(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: DayCollectionsQueryDto,
  ): Promise<DayCollectionsDto> {
    return this.days.day(principal, courtId, query.date);
  }

  @Post('participants/:id/collections')
  @Idempotent()
  @Allow(Permission.DrugTestRecordResult)
  @ApiOperation({ summary: 'Records a specimen collection, with any screen results read at it; its basis (random, forced, for cause) follows the day’s draw' })
  @ApiCreatedResponse({ type: RecordedCollectionDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCollectionDto): Promise<RecordedCollectionDto> {
    return this.collections.record(principal, id, body);
  }

  @Get('participants/:id/drug-tests')
  @Allow(Permission.DrugTestRead)
  @ApiOperation({ summary: "A participant's collections (newest first) with their results, and missed tests; a participant sees released results only" })
  @ApiOkResponse({ type: DrugTestHistoryDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DrugTestHistoryDto> {
    return this.history.history(principal, id);
  }

  @Post('collections/:collectionId/results')
  @Idempotent()
  @Allow(Permission.DrugTestRecordResult)
  @ApiOperation({ summary: 'Records screen or confirmation results on a collection; a negative confirmation overturns its screen' })
  @ApiCreatedResponse({ type: RecordedCollectionDto })
  addResults(
    @CurrentPrincipal() principal: Principal,
    @Param('collectionId', ParseUUIDPipe) collectionId: string,
    @Body() body: RecordResultsDto,
  ): Promise<RecordedCollectionDto> {
    return this.collections.addResults(principal, collectionId, body.method, body.results);
  }

  @Post('collections/:collectionId/release')
  @Idempotent()
  @Allow(Permission.DrugTestRecordResult)
  @HttpCode(200)
  @ApiOperation({ summary: "Releases the collection's results to the participant (idempotent)" })
  @ApiOkResponse({ type: RecordedCollectionDto })
  release(@CurrentPrincipal() principal: Principal, @Param('collectionId', ParseUUIDPipe) collectionId: string): Promise<RecordedCollectionDto> {
    return this.collections.release(principal, collectionId);
  }

  @Post('drug-test-results/:resultId/contest')
  @Idempotent()
  @Allow(Permission.DrugTestRecordResult)
  @HttpCode(200)
  @ApiOperation({ summary: 'Records that the participant disputes a positive screen; it then waits for a confirmation (409 when not contestable)' })
  @ApiOkResponse({ type: RecordedCollectionDto })
  contest(
    @CurrentPrincipal() principal: Principal,
    @Param('resultId', ParseUUIDPipe) resultId: string,
    @Body() body: ContestResultDto,
  ): Promise<RecordedCollectionDto> {
    return this.reviews.contest(principal, resultId, body.reason);
  }

  @Post('drug-test-results/:resultId/admission')
  @Idempotent()
  @Allow(Permission.DrugTestRecordResult)
  @HttpCode(200)
  @ApiOperation({ summary: 'Records that the participant admits the use a positive shows (409 when not a positive, or overturned)' })
  @ApiOkResponse({ type: RecordedCollectionDto })
  admit(
    @CurrentPrincipal() principal: Principal,
    @Param('resultId', ParseUUIDPipe) resultId: string,
    @Body() body: AdmitResultDto,
  ): Promise<RecordedCollectionDto> {
    return this.reviews.admit(principal, resultId, body.note);
  }
}
