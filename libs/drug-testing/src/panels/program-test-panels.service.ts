import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { ValidationFailedError } from '@app/core';
import { courtActor, courtEntry } from '@app/courts';
import { ProgramAccess, requireProgram } from '@app/programs';
import { DataSource, EntityManager } from 'typeorm';
import { ProgramTestPanel } from './program-test-panel.entity';
import { TestPanelDto, TestPanelInputDto } from './dto/test-panel.dto';

const panelDto = (row: ProgramTestPanel): TestPanelDto => ({
  substance: row.substance,
  screenCutoffNgMl: Number(row.screenCutoffNgMl),
  confirmationCutoffNgMl: row.confirmationCutoffNgMl === null ? null : Number(row.confirmationCutoffNgMl),
});

/**
 * The panels a program tests for and their cut-offs. Court configuration:
 * read by anyone in the program's court, replaced whole by its
 * administrators, audited with the list before and after.
 */
@Injectable()
export class ProgramTestPanelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programId: string): Promise<TestPanelDto[]> {
    const program = await requireProgram(this.dataSource.manager, programId);
    ProgramAccess.read(principal, program);
    return (await panelsOf(this.dataSource.manager, programId)).map(panelDto);
  }

  /** Replaces the program's panels; 422 for a panel named twice or a confirmation cut-off above the screen's. */
  async replace(principal: Principal, programId: string, panels: readonly TestPanelInputDto[]): Promise<TestPanelDto[]> {
    const program = await requireProgram(this.dataSource.manager, programId);
    const grant = ProgramAccess.configure(principal, program);
    const problems = panels.flatMap((p, i) => {
      const out: Array<{ field: string; message: string }> = [];
      if (panels.findIndex((o) => o.substance === p.substance) < i) out.push({ field: `panels.${i}.substance`, message: `${p.substance} is named twice` });
      if (p.confirmationCutoffNgMl != null && p.confirmationCutoffNgMl > p.screenCutoffNgMl) {
        out.push({ field: `panels.${i}.confirmationCutoffNgMl`, message: 'must not be above the screen cut-off: the laboratory confirms what the screen found' });
      }
      return out;
    });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (manager) => {
      await requireProgram(manager, programId, 'pessimistic_write');
      const before = (await panelsOf(manager, programId)).map(panelDto);
      await manager.delete(ProgramTestPanel, { programId });
      if (panels.length > 0) {
        await manager.insert(
          ProgramTestPanel,
          panels.map((p) => ({
            programId,
            substance: p.substance,
            screenCutoffNgMl: String(p.screenCutoffNgMl),
            confirmationCutoffNgMl: p.confirmationCutoffNgMl == null ? null : String(p.confirmationCutoffNgMl),
          })),
        );
      }
      const after = (await panelsOf(manager, programId)).map(panelDto);
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.test_panels_replace', entityType: 'program', entityIds: [programId], details: { from: before, to: after } }),
        manager,
      );
      return after;
    });
  }
}

function panelsOf(manager: EntityManager, programId: string): Promise<ProgramTestPanel[]> {
  return manager.find(ProgramTestPanel, { where: { programId }, order: { substance: 'ASC' } });
}
