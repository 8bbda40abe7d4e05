import { useTranslation } from 'react-i18next';

/**
 * A disparity, said in words with a mark and a colour (never the colour
 * alone): a favourable stage or outcome below four-fifths of the group's
 * share, an adverse outcome above 1.25 of it.
 */
export function FourFifthsFlag({ below, adverse = false }: { below: boolean | null; adverse?: boolean }) {
  const { t } = useTranslation('measures');
  if (!below) return null;
  return (
    <span className="equity-flag">
      <span aria-hidden="true">⚑ </span>
      {adverse ? t('equity.aboveLimit') : t('equity.belowFourFifths')}
    </span>
  );
}
