import { useTranslation } from 'react-i18next';

/** A treatment-provider account with no organisation in this court has no clients to show. */
export function NoOrganisation({ title }: { title: string }) {
  const { t } = useTranslation('provider');
  return (
    <section>
      <h1>{title}</h1>
      <p className="problem" role="alert">
        {t('noOrganisation')}
      </p>
    </section>
  );
}
