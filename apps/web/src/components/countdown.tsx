import { useTranslation } from 'react-i18next';

/**
 * The 72-hour clock of a violation: colour and words together (never colour
 * alone): overdue, under 24 hours, or time to spare.
 */
export function Countdown({ hoursLeft, overdue, answered }: { hoursLeft: number | null; overdue?: boolean; answered?: boolean }) {
  const { t } = useTranslation();
  if (answered) return <span className="clock clock-done">{t('clock.answered')}</span>;
  if (hoursLeft === null) return <span className="clock">—</span>;
  const late = overdue || hoursLeft <= 0;
  const level = late ? 'overdue' : hoursLeft < 24 ? 'urgent' : 'ok';
  const text = late ? t('clock.overdue', { hours: Math.abs(Math.round(hoursLeft)) }) : t('clock.left', { hours: Math.floor(hoursLeft) });
  return (
    <span className={`clock clock-${level}`}>
      {/* Plain symbols every system font has (colour emoji are missing on many court PCs). */}
      <span aria-hidden="true">{late ? '✖ ' : level === 'urgent' ? '⚠ ' : '○ '}</span>
      {text}
    </span>
  );
}
