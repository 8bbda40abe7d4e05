import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { CheckboxField } from '../../components/fields';
import { CheckboxGroup } from './shared';
import { CHARGE_CATEGORIES, Program, SCREENING_PARTIES } from './types';

/** The program rules both the create form and the settings form set (field names are the API's). */
export type ProgramRules = Pick<Program, 'requiredApprovals' | 'excludedChargeCategories' | 'noShowViolation'>;

/**
 * Who must approve a referral, the charges that exclude one, and whether a
 * missed test counts as a violation. `children` (the settings form's testing
 * rules) stand between the referral rules and the no-show rule.
 */
export function ProgramRuleFields({
  rules,
  onChange,
  problem,
  children,
}: {
  rules: ProgramRules;
  onChange: (changes: Partial<ProgramRules>) => void;
  problem?: ApiProblem | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation('admin');
  return (
    <>
      <CheckboxGroup
        legend={t('program.requiredApprovals')}
        name="requiredApprovals"
        options={SCREENING_PARTIES.map((p) => ({ value: p, label: t(`parties.${p}`) }))}
        values={rules.requiredApprovals}
        onChange={(v) => onChange({ requiredApprovals: v })}
        problem={problem}
      />
      <CheckboxGroup
        legend={t('program.excludedChargeCategories')}
        name="excludedChargeCategories"
        hint={t('program.excludedHint')}
        options={CHARGE_CATEGORIES.map((c) => ({ value: c, label: t(`charges.${c}`) }))}
        values={rules.excludedChargeCategories}
        onChange={(v) => onChange({ excludedChargeCategories: v })}
        problem={problem}
      />
      {children}
      <CheckboxField label={t('program.noShowViolation')} name="noShowViolation" checked={rules.noShowViolation} onChange={(v) => onChange({ noShowViolation: v })} problem={problem} />
    </>
  );
}
