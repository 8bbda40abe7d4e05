import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { LastContactService } from './last-contact.service';

/** The contact log and "last contact", which other modules read through LastContactService. */
@Module({
  controllers: [ContactsController],
  providers: [ContactsService, LastContactService],
  exports: [LastContactService],
})
export class ContactsModule {}
