import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../http/public.decorator';

export class VersionDto {
  @ApiProperty({ example: 'treatment-court' }) name: string;
  @ApiProperty({ example: '1' }) apiVersion: string;
}

/** What a client talks to. No I/O: also the route the HTTP benchmark measures. */
@ApiTags('operations')
@SkipThrottle()
@Public()
@Controller('version')
export class VersionController {
  @Get()
  @ApiOkResponse({ type: VersionDto })
  version(): VersionDto {
    return { name: 'treatment-court', apiVersion: '1' };
  }
}
