import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { DataSource } from 'typeorm';
import { Milestone } from '../entities/record.entities';
import { CreateMilestoneDto, MilestoneDto } from './dto/milestone.dto';
import { assertRecordable, enrolmentFacts } from './record-rules';

const toDto = (m: Milestone): MilestoneDto => ({
  id: m.id,
  participantId: m.participantId,
  name: m.name,
  achievedOn: m.achievedOn,
  evidence: m.evidence,
  recordedBy: m.recordedBy,
  createdAt: m.createdAt.toISOString(),
});

/** Milestones a participant reached (employment, school, housing…), each with its evidence. */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async add(principal: Principal, participantId: string, input: CreateMilestoneDto): Promise<MilestoneDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, participantId);
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, this.clock.now());
      assertRecordable(facts, [{ field: 'achievedOn', date: input.achievedOn, notBeforeEnrolment: true }]);
      const milestone = await manager.save(
        manager.create(Milestone, {
          participantId,
          name: input.name,
          achievedOn: input.achievedOn,
          evidence: input.evidence,
          recordedBy: principal.userId,
        }),
      );
      await this.access.record(principal, [grant], { action: 'milestone.write', entityType: 'milestone', entityIds: [milestone.id] }, manager);
      return toDto(milestone);
    });
  }

  async list(principal: Principal, participantId: string): Promise<MilestoneDto[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const milestones = await this.dataSource.manager.find(Milestone, {
      where: { participantId },
      order: { achievedOn: 'DESC', createdAt: 'DESC' },
    });
    await this.access.record(principal, [grant], { action: 'milestone.read', entityType: 'milestone', entityIds: milestones.map((m) => m.id) });
    return milestones.map(toDto);
  }
}
