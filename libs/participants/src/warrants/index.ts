export * from './warrant.entity';
export * from './warrants.module';
export * from './warrants.service';
export * from './dto/warrant.dto';
export { openWarrant } from './warrant-records';
