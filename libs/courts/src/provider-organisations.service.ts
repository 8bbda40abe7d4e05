import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { ConflictError, isUniqueViolation, isUuid, NotFoundError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { CourtAccess } from './court-access';
import { changedFields, courtActor, courtEntry } from './court-audit';
import { requireCourt } from './courts.service';
import { ProviderOrganisation } from './provider-organisation.entity';

/**
 * The treatment provider organisations a court works with. They are
 * deactivated rather than deleted: referrals, consents and notes refer to them.
 */
@Injectable()
export class ProviderOrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, courtId: string): Promise<ProviderOrganisation[]> {
    CourtAccess.read(principal, courtId);
    await requireCourt(this.dataSource.manager, courtId);
    return this.dataSource.manager.find(ProviderOrganisation, { where: { courtId }, order: { name: 'ASC' } });
  }

  async create(principal: Principal, courtId: string, input: { name: string }): Promise<ProviderOrganisation> {
    const grant = CourtAccess.configure(principal, courtId);
    return this.dataSource.transaction(async (manager) => {
      await requireCourt(manager, courtId);
      const organisation = await saveUnique(manager, manager.create(ProviderOrganisation, { courtId, name: input.name }));
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.organisation_create', entityType: 'provider_organisation', entityIds: [organisation.id], details: { name: input.name } }),
        manager,
      );
      return organisation;
    });
  }

  async update(principal: Principal, courtId: string, organisationId: string, changes: { name?: string; active?: boolean }): Promise<ProviderOrganisation> {
    const grant = CourtAccess.configure(principal, courtId);
    if (!isUuid(organisationId)) throw new NotFoundError('provider organisation');
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOne(ProviderOrganisation, {
        where: { id: organisationId, courtId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw new NotFoundError('provider organisation');
      const changed = changedFields(organisation, changes);
      if (Object.keys(changed).length === 0) return organisation;
      if (changes.name !== undefined) organisation.name = changes.name;
      if (changes.active !== undefined) organisation.active = changes.active;
      const saved = await saveUnique(manager, organisation);
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.organisation_update', entityType: 'provider_organisation', entityIds: [organisationId], details: { changes: changed } }),
        manager,
      );
      return saved;
    });
  }
}

async function saveUnique(manager: EntityManager, organisation: ProviderOrganisation): Promise<ProviderOrganisation> {
  try {
    return await manager.save(organisation);
  } catch (error) {
    if (isUniqueViolation(error, 'provider_organisations_court_name_key')) {
      throw new ConflictError('organisation-name-taken', 'Organisation name in use', `The court already has an organisation named ${organisation.name}.`, {
        field: 'name',
      });
    }
    throw error;
  }
}
