import { Module } from '@nestjs/common';
import { EmailChannel } from './channels/email.channel';
import { SmsChannel } from './channels/sms.channel';
import { AlertFanoutService } from './staff-alerts/alert-fanout.service';
import { AlertStreamService } from './staff-alerts/alert-stream.service';
import { StaffAlertsController } from './staff-alerts/staff-alerts.controller';
import { StaffAlertsService } from './staff-alerts/staff-alerts.service';
import { MessageDeliveryService } from './messages/message-delivery.service';
import { MessagesController } from './messages/messages.controller';
import { DeliveryStatusController } from './messages/delivery-status.controller';
import { DeliveryStatusService } from './messages/delivery-status.service';
import { TwilioSignatureGuard } from '@app/hotline/twilio-signature.guard';
import { MessagesService } from './messages/messages.service';
import { NotificationsSweepService } from './messages/notifications-sweep.service';
import { ParticipantRemindersService } from './messages/participant-reminders.service';
import { ProgramMessageSettingsController } from './messages/program-message-settings.controller';
import { ProgramMessageSettingsService } from './messages/program-message-settings.service';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

/** Notifications over HTTP: the bell and its live stream, preferences, the court's messages and the development outbox. */
@Module({
  controllers: [StaffAlertsController, MessagesController, DeliveryStatusController, ProgramMessageSettingsController],
  providers: [ProgramMessageSettingsService, StaffAlertsService, AlertStreamService, NotificationPreferencesService, MessagesService, DeliveryStatusService, TwilioSignatureGuard, EmailChannel],
  exports: [EmailChannel],
})
export class NotificationsModule {}

/** What the worker needs to send messages and fan alerts out. */
@Module({
  providers: [EmailChannel, SmsChannel, MessageDeliveryService, AlertFanoutService, NotificationsSweepService, ParticipantRemindersService],
  exports: [MessageDeliveryService, AlertFanoutService, NotificationsSweepService, ParticipantRemindersService],
})
export class NotificationsJobsModule {}
