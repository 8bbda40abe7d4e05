import { useTranslation } from 'react-i18next';

/** A ratio below four-fifths, said in words with a mark and a colour (never the colour alone). */
export function FourFifthsFlag({ below }: { below: boolean | null }) {
  const { t } = useTranslation('measures');
  if (!below) return null;
  return (
    <span className="equity-flag">
      <span aria-hidden="true">⚑ </span>
      {t('equity.belowFourFifths')}
    </span>
  );
}
