import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsNumber, IsString, Length, Max, Min, NotEquals } from 'class-validator';

/** Most hours of service one entry may record (a day's worth). */
export const MAX_SERVICE_HOURS_PER_ENTRY = 24;
/** Largest fee payment (or correction) one entry may record. */
export const MAX_PAYMENT_PER_ENTRY = 100_000;

const TWO_DECIMALS = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 } as const;

export class CreateCommunityServiceDto {
  @ApiProperty({ example: '2026-11-20', description: 'Court-local date the service was done; not before enrolment, not in the future' })
  @IsCalendarDate()
  performedOn: string;

  @ApiProperty({
    example: 4.5,
    description: `Hours (two decimals at most, ±${MAX_SERVICE_HOURS_PER_ENTRY}); a negative entry corrects an earlier one and may not take the running total below zero`,
  })
  @IsNumber(TWO_DECIMALS)
  @NotEquals(0)
  @Min(-MAX_SERVICE_HOURS_PER_ENTRY)
  @Max(MAX_SERVICE_HOURS_PER_ENTRY)
  hours: number;

  @ApiProperty({ example: 'Food bank, Main St.', description: 'Where the service was done; for a correction, why' })
  @Trim()
  @IsString()
  @Length(3, 500)
  description: string;
}

export class CreateFeePaymentDto {
  @ApiProperty({ example: '2026-11-20', description: 'Court-local date of payment; not before enrolment, not in the future' })
  @IsCalendarDate()
  paidOn: string;

  @ApiProperty({
    example: 25,
    description: `Amount (two decimals at most, ±${MAX_PAYMENT_PER_ENTRY}); a negative entry corrects an earlier one and may not take the total paid below zero`,
  })
  @IsNumber(TWO_DECIMALS)
  @NotEquals(0)
  @Min(-MAX_PAYMENT_PER_ENTRY)
  @Max(MAX_PAYMENT_PER_ENTRY)
  amount: number;

  @ApiProperty({ example: 'Receipt 2026-0412', description: 'The receipt or reference; for a correction, why' })
  @Trim()
  @IsString()
  @Length(3, 500)
  description: string;
}

export class CommunityServiceEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() performedOn: string;
  @ApiProperty({ description: 'Negative for a correction' }) hours: number;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Whether the entry corrects an earlier one (negative)' }) correction: boolean;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty() createdAt: string;
}

export class CommunityServiceLedgerDto {
  @ApiProperty({ description: 'Hours to date, corrections included' }) totalHours: number;
  @ApiProperty({ type: [CommunityServiceEntryDto], description: 'Newest first' }) entries: CommunityServiceEntryDto[];
}

export class FeePaymentDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() paidOn: string;
  @ApiProperty({ description: 'Negative for a correction' }) amount: number;
  @ApiProperty({ description: 'Receipt or reference; for a correction, why' }) description: string;
  @ApiProperty({ description: 'Whether the entry corrects an earlier one (negative)' }) correction: boolean;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty() createdAt: string;
}

export class FeePaymentLedgerDto {
  @ApiProperty({ description: 'Paid to date, corrections included' }) totalPaid: number;
  @ApiProperty({ type: [FeePaymentDto], description: 'Newest first' }) entries: FeePaymentDto[];
}
