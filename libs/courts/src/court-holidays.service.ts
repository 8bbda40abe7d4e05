import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { ConflictError, isUniqueViolation, isUuid, NotFoundError } from '@app/core';
import { Between, DataSource } from 'typeorm';
import { CourtAccess } from './court-access';
import { courtActor, courtEntry } from './court-audit';
import { CourtHoliday } from './court-holiday.entity';
import { requireCourt } from './courts.service';

/**
 * Days a court does not sit. Hearings are not scheduled on them, but random
 * testing goes on (DESIGN rule 1), so a holiday never changes a draw.
 */
@Injectable()
export class CourtHolidaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Anyone who may read the court's settings may see its calendar. */
  async list(principal: Principal, courtId: string, year?: number): Promise<CourtHoliday[]> {
    CourtAccess.read(principal, courtId);
    await requireCourt(this.dataSource.manager, courtId);
    return this.dataSource.manager.find(CourtHoliday, {
      where: { courtId, ...(year === undefined ? {} : { date: Between(`${year}-01-01`, `${year}-12-31`) }) },
      order: { date: 'ASC' },
    });
  }

  async add(principal: Principal, courtId: string, input: { date: string; name: string }): Promise<CourtHoliday> {
    const grant = CourtAccess.configure(principal, courtId);
    return this.dataSource.transaction(async (manager) => {
      await requireCourt(manager, courtId);
      let holiday: CourtHoliday;
      try {
        holiday = await manager.save(manager.create(CourtHoliday, { courtId, date: input.date, name: input.name }));
      } catch (error) {
        if (isUniqueViolation(error, 'court_holidays_court_date_key')) {
          throw new ConflictError('holiday-exists', 'Holiday already recorded', `The court already has a holiday on ${input.date}.`, { field: 'date' });
        }
        throw error;
      }
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.holiday_add', entityType: 'court_holiday', entityIds: [holiday.id], details: { date: input.date, name: input.name } }),
        manager,
      );
      return holiday;
    });
  }

  async remove(principal: Principal, courtId: string, holidayId: string): Promise<void> {
    const grant = CourtAccess.configure(principal, courtId);
    if (!isUuid(holidayId)) throw new NotFoundError('holiday');
    await this.dataSource.transaction(async (manager) => {
      const holiday = await manager.findOneBy(CourtHoliday, { id: holidayId, courtId });
      if (!holiday) throw new NotFoundError('holiday');
      await manager.delete(CourtHoliday, { id: holidayId });
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.holiday_remove', entityType: 'court_holiday', entityIds: [holidayId], details: { date: holiday.date, name: holiday.name } }),
        manager,
      );
    });
  }
}
