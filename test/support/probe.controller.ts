import { Body, Controller, Get, Post } from '@nestjs/common';
import { Public } from '@app/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, OutboxService } from '@app/queue';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';

class ProbeAddressDto {
  @IsString()
  @Length(5, 5)
  postcode: string;
}

export class ProbeDto {
  @IsString()
  @Length(1, 40)
  name: string;

  @IsInt()
  @Min(1)
  @Max(30)
  days: number;

  @ValidateNested()
  @Type(() => ProbeAddressDto)
  address: ProbeAddressDto;
}

/**
 * A controller that exists only in tests: it exercises the HTTP conventions
 * (validation, errors, transactions) the way a domain controller would.
 */
@Public()
@Controller('probe')
export class ProbeController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  @Post()
  async create(@Body() body: ProbeDto): Promise<{ added: number }> {
    const added = await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, { job: JobName.PruneOutbox, key: `probe:${body.name}:prune`, payload: { olderThanDays: body.days } }),
    );
    return { added };
  }

  @Get('database')
  async database(): Promise<{ now: string }> {
    const [row] = await this.dataSource.query('SELECT now() AS now');
    return { now: row.now };
  }

  @Get('boom')
  boom(): never {
    throw new TypeError('secret internals of the failure');
  }
}

/** A test-only route that declares no access at all: the guard must refuse it to everyone. */
@Controller('probe/undeclared')
export class UndeclaredProbeController {
  @Get()
  reached(): { reached: true } {
    return { reached: true };
  }
}
