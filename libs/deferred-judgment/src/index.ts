export * from './deferred-judgment.entity';
export * from './deferred-judgment.module';
export * from './program-length';
export * from './expungement-eligibility';
export * from './program-length-alerts.service';
export * from './dto/deferred-judgment.dto';
