export * from './violation.entity';
export * from './violation-clock-event.entity';
export * from './violation-recorder';
export * from './violation-clock';
export * from './violation-clock.service';
export * from './violations.module';
export * from './violations.service';
