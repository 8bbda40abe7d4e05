export * from './participant-contact.entity';
export * from './dto/contact.dto';
export * from './last-contact';
export * from './last-contact.service';
export * from './contacts.service';
export * from './contacts.module';
