export * from './hotline-interaction.entity';
export * from './hotline.module';
export * from './hotline-log.service';
export * from './hotline-script';
export * from './hotline-catalogue';
export * from './dto/hotline-call.dto';
