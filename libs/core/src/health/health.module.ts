import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { VersionController } from './version.controller';
import { HealthService } from './health.service';

@Module({ controllers: [HealthController, VersionController], providers: [HealthService] })
export class HealthModule {}
