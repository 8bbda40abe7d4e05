import { stringRule } from '@app/core';
import type { ValidationOptions } from 'class-validator';
import { isWindowEnd, isWindowStart } from '../call-in-window';

export { IsCalendarDate, IsOptionalNotNull, IsTimeZone, Trim } from '@app/core';

export const IsWindowStart = (options?: ValidationOptions) =>
  stringRule('isWindowStart', isWindowStart, 'must be a time HH:MM from 00:00 to 23:59', options);

export const IsWindowEnd = (options?: ValidationOptions) =>
  stringRule('isWindowEnd', isWindowEnd, 'must be a time HH:MM from 00:01 to 24:00', options);

export const IsReportByTime = (options?: ValidationOptions) =>
  stringRule('isReportByTime', isWindowEnd, 'must be a time HH:MM from 00:00 to 24:00', options);
