import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { SubstanceUseAdmission } from '../entities/record.entities';
import { AdmittedUseDto, CreateAdmittedUseDto } from './dto/admitted-use.dto';
import { assertRecordable, enrolmentFacts } from './record-rules';

const toDto = (a: SubstanceUseAdmission): AdmittedUseDto => ({
  id: a.id,
  participantId: a.participantId,
  usedOn: a.usedOn,
  admittedOn: a.admittedOn,
  substances: a.substances,
  note: a.note,
  recordedBy: a.recordedBy,
  createdAt: a.createdAt.toISOString(),
});

/**
 * Use the participant admitted to. Like a positive test it ends their
 * continuous sobriety (from the day of use), but it is not a violation.
 */
@Injectable()
export class AdmittedUseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async add(principal: Principal, participantId: string, input: CreateAdmittedUseDto): Promise<AdmittedUseDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, participantId);
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, this.clock.now());
      const admittedOn = input.admittedOn ?? facts.today;
      assertRecordable(facts, [
        { field: 'usedOn', date: input.usedOn },
        { field: 'admittedOn', date: admittedOn },
      ]);
      if (input.usedOn > admittedOn) {
        throw new ValidationFailedError([{ field: 'usedOn', message: `is after the admission (${admittedOn})` }]);
      }
      const admission = await manager.save(
        manager.create(SubstanceUseAdmission, {
          participantId,
          usedOn: input.usedOn,
          admittedOn,
          substances: input.substances,
          note: input.note || null,
          recordedBy: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'admitted_use.write', entityType: 'substance_use_admission', entityIds: [admission.id] },
        manager,
      );
      return toDto(admission);
    });
  }

  async list(principal: Principal, participantId: string): Promise<AdmittedUseDto[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const admissions = await this.dataSource.manager.find(SubstanceUseAdmission, {
      where: { participantId },
      order: { usedOn: 'DESC', createdAt: 'DESC' },
    });
    await this.access.record(principal, [grant], {
      action: 'admitted_use.read',
      entityType: 'substance_use_admission',
      entityIds: admissions.map((a) => a.id),
    });
    return admissions.map(toDto);
  }
}
