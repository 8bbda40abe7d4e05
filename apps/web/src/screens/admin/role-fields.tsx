import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { SelectField } from '../../components/fields';
import { ProviderOrganisation, STAFF_ROLES } from './types';

/** The provider organisations of a court (a treatment provider's role names one). */
export function useOrganisations(courtId: string | null) {
  return useApiQuery<ProviderOrganisation[]>(courtId ? `/courts/${courtId}/provider-organisations` : null);
}

/** `role` and, for a treatment provider, `organisationId` (one of the court's active provider organisations). */
export function RoleFields({
  courtId,
  role,
  organisationId,
  onRole,
  onOrganisation,
  problem,
}: {
  courtId: string;
  role: string;
  organisationId: string;
  onRole: (role: string) => void;
  onOrganisation: (organisationId: string) => void;
  problem?: ApiProblem | null;
}) {
  const { t } = useTranslation('admin');
  const organisations = useOrganisations(role === 'treatment_provider' ? courtId : null);
  return (
    <>
      <SelectField
        label={t('users.role')}
        name="role"
        value={role}
        onChange={onRole}
        placeholder={t('users.chooseRole')}
        options={STAFF_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
        problem={problem}
        required
      />
      {role === 'treatment_provider' && (
        <SelectField
          label={t('users.organisation')}
          name="organisationId"
          value={organisationId}
          onChange={onOrganisation}
          placeholder={organisations.isPending ? t('common:loading') : t('users.chooseOrganisation')}
          options={(organisations.data ?? []).filter((o) => o.active || o.id === organisationId).map((o) => ({ value: o.id, label: o.name }))}
          problem={problem ?? organisations.error}
          hint={t('users.organisationHint')}
          required
        />
      )}
    </>
  );
}

/** The body fields of a role: `organisationId` only for a treatment provider (the API refuses it otherwise). */
export function roleBody(role: string, organisationId: string): { role: string; organisationId?: string | null } {
  return role === 'treatment_provider' ? { role, organisationId: organisationId || null } : { role };
}
