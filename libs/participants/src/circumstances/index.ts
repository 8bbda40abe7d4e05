export * from './participant-circumstances.entity';
export * from './dto/circumstances.dto';
export * from './circumstances.module';
