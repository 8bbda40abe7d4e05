export * from './reporting.module';
export * from './testing-fidelity.service';
export * from './phase-measures.service';
export * from './measure-period';
export * from './dto/measure-period.dto';
export * from './dto/testing-fidelity.dto';
export * from './dto/phase-measures.dto';
export * from './equity';
