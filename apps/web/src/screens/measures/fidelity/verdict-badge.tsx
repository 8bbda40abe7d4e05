import { useTranslation } from 'react-i18next';
import type { FidelityVerdict } from './fidelity-format';

const TONE: Record<FidelityVerdict, string> = { met: 'badge-ok', not_met: 'badge-bad', no_data: 'badge-warn' };
const ICON: Record<FidelityVerdict, string> = { met: '✓', not_met: '✗', no_data: '–' };

/** A verdict in words, with an icon and a colour: never colour alone. */
export function VerdictBadge({ verdict }: { verdict: FidelityVerdict }) {
  const { t } = useTranslation('fidelity');
  return (
    <span className={`badge fidelity-verdict ${TONE[verdict]}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {t(`verdicts.${verdict}`)}
    </span>
  );
}
