export * from './docket.module';
export * from './docket/docket.service';
export * from './docket/docket-order';
export * from './docket/dto/docket.dto';
export * from './outcome/hearing-outcomes.service';
export * from './outcome/dto/hearing-outcome.dto';
export * from './outcome/outcome-fingerprint';
