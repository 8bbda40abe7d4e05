export * from './criminal-history-event.entity';
export * from './dto/criminal-history.dto';
export * from './criminal-history.service';
export * from './criminal-history.module';
