export * from './phone-numbers.module';
export * from './phone-numbers.service';
export * from './phone-number-format';
export * from './dto/phone-number.dto';
