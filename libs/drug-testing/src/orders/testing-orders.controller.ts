import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateTestingOrderDto, TestingOrderDto } from './dto/testing-order.dto';
import { TestingOrdersService } from './testing-orders.service';

@ApiTags('drug testing')
@Controller('participants/:id/testing-orders')
export class TestingOrdersController {
  constructor(private readonly orders: TestingOrdersService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.DrugTestOrder)
  @ApiOperation({ summary: 'Orders increased testing for a period (the draw uses the highest frequency in force)' })
  @ApiCreatedResponse({ type: TestingOrderDto })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateTestingOrderDto): Promise<TestingOrderDto> {
    return this.orders.create(principal, id, body);
  }

  @Get()
  @Allow(Permission.DrugTestOrder)
  @ApiOperation({ summary: "A participant's testing orders, latest first" })
  @ApiOkResponse({ type: [TestingOrderDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TestingOrderDto[]> {
    return this.orders.list(principal, id);
  }
}
