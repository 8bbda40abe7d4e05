import { Module } from '@nestjs/common';
import { OwnPhoneNumbersController, PhoneNumbersController } from './phone-numbers.controller';
import { PhoneNumbersService } from './phone-numbers.service';

/** A participant's registered phone numbers and their consent to texts. */
@Module({
  controllers: [PhoneNumbersController, OwnPhoneNumbersController],
  providers: [PhoneNumbersService],
  exports: [PhoneNumbersService],
})
export class PhoneNumbersModule {}
