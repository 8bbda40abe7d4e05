export * from './program-model';
export * from './program.entity';
export * from './phase-plan.entity';
export * from './phase.entity';
export * from './program-reader';
export * from './programs.module';
