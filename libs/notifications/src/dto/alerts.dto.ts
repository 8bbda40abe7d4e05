import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EMAIL_ALERT_MODES, type EmailAlertMode } from '../entities/notification-preference.entity';

export class AlertsQueryDto {
  @ApiPropertyOptional({ description: 'Only unread alerts' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unreadOnly?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class AlertDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) courtId: string | null;
  @ApiProperty({ example: 'violation-reminder' }) kind: string;
  @ApiProperty({ description: "The alert's line, in the reader's language" }) title: string;
  @ApiProperty({ description: 'What it means and what to do, in the reader\'s language' }) text: string;
  @ApiProperty({ type: String, nullable: true, description: "The web application's path of the record it is about" }) link: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) readAt: string | null;
}

export class AlertsDto {
  @ApiProperty({ description: 'Unread alerts in all (the bell\'s count)' }) unread: number;
  @ApiProperty({ type: [AlertDto], description: 'Newest first' }) items: AlertDto[];
}

export class UnreadCountDto {
  @ApiProperty() unread: number;
}

export class NotificationPreferencesDto {
  @ApiProperty({ enum: EMAIL_ALERT_MODES, description: '`each`: an email per alert; `daily_digest`: one each morning; `off`: the bell only' })
  emailAlerts: EmailAlertMode;
  @ApiProperty({ type: String, nullable: true, description: 'Where the emails go (the account\'s email address)' }) email: string | null;
  @ApiProperty({ description: 'Whether this installation sends email at all' }) emailConfigured: boolean;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ enum: EMAIL_ALERT_MODES })
  @IsIn(EMAIL_ALERT_MODES)
  emailAlerts: EmailAlertMode;
}
