import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import { PhasePlanEditor } from './phase-plan-editor';
import { PhasePlanTable } from './phase-plan-table';
import { ProgramSettingsForm } from './program-settings-form';
import { ProgramTextsSection } from '../notifications/program-texts-form';
import { ActiveBadge, BackLink, Confirmation, Facts, useCourt } from './shared';
import { TestPanelsSection } from './test-panels-section';
import type { PhasePlan, PhasePlanSummary, Program } from './types';

/** One program: its settings, its phase plan versions, and writing the next version. */
export function ProgramScreen() {
  const { t } = useTranslation('admin');
  const { programId = '' } = useParams();
  const program = useApiQuery<Program>(`/programs/${programId}`);
  return (
    <section className="admin-screen">
      <BackLink to="/administration/programs">{t('program.back')}</BackLink>
      <QueryView query={program}>{(data) => <ProgramPage program={data} />}</QueryView>
    </section>
  );
}

function ProgramPage({ program }: { program: Program }) {
  const { t } = useTranslation('admin');
  const court = useCourt();
  const timeZone = court.data?.timeZone;
  const [settingsSaved, setSettingsSaved] = useState(false);
  const settingsKey = JSON.stringify([program.name, program.translations, program.active, program.requiredApprovals, program.excludedChargeCategories, program.maxUntestedDays, program.maxTestsPer7Days, program.violationOutcomes, program.noShowViolation]);
  return (
    <>
      <h1>{t('program.title', { name: program.name, code: program.code })}</h1>
      <Facts
        rows={[
          [t('programs.code'), program.code],
          [t('programs.model'), t(`models.${program.model}`)],
          [t('programs.status'), <ActiveBadge key="s" active={program.active} on={t('status.open')} off={t('status.closed')} />],
          [t('program.currentVersion'), program.currentPlan ? t('program.versionNumber', { version: program.currentPlan.version }) : t('programs.noPlan')],
        ]}
      />
      <p>
        <Link to={`/administration/programs/${program.id}/catalogue`}>{t('program.catalogueLink')}</Link>
      </p>
      <PhasePlans program={program} timeZone={timeZone} />
      <h2>{t('program.settingsTitle')}</h2>
      <ProgramSettingsForm key={settingsKey} program={program} saved={settingsSaved} onSaved={setSettingsSaved} />
      <ProgramTextsSection programId={program.id} />
      <TestPanelsSection programId={program.id} />
    </>
  );
}

function PhasePlans({ program, timeZone }: { program: Program; timeZone?: string }) {
  const { t } = useTranslation('admin');
  const versions = useApiQuery<PhasePlanSummary[]>(`/programs/${program.id}/phase-plans`);
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('plan') ?? program.currentPlan?.id ?? null;
  const plan = useApiQuery<PhasePlan>(selectedId ? `/phase-plans/${selectedId}` : null);
  const [editing, setEditing] = useState(false);
  const [written, setWritten] = useState<number | null>(null);

  const show = (id: string) => {
    setEditing(false);
    setParams({ plan: id }, { replace: true });
  };

  return (
    <>
      <h2>{t('plans.title')}</h2>
      <p>{t('plans.intro')}</p>
      <Confirmation>{written !== null && t('plans.written', { version: written })}</Confirmation>
      <QueryView query={versions}>
        {(rows) => (
          <DataTable
            caption={t('plans.caption', { code: program.code })}
            rows={rows}
            rowKey={(v) => v.id}
            empty={t('plans.empty')}
            columns={[
              {
                key: 'version',
                header: t('plans.version'),
                className: 'num',
                render: (v) => (
                  <>
                    {v.version}
                    {v.id === program.currentPlan?.id && (
                      <>
                        {' '}
                        <span className="badge badge-ok">{t('plans.current')}</span>
                      </>
                    )}
                  </>
                ),
              },
              { key: 'createdAt', header: t('plans.createdAt'), render: (v) => formatDateTime(v.createdAt, timeZone) },
              { key: 'phaseCount', header: t('plans.phaseCount'), className: 'num', render: (v) => v.phaseCount },
              { key: 'note', header: t('plans.note'), render: (v) => v.note ?? '—' },
              {
                key: 'show',
                header: t('plans.show'),
                render: (v) =>
                  v.id === selectedId ? (
                    <span className="badge badge-ok">{t('plans.shown')}</span>
                  ) : (
                    <button type="button" onClick={() => show(v.id)}>
                      {t('plans.showVersion', { version: v.version })}
                    </button>
                  ),
              },
            ]}
          />
        )}
      </QueryView>

      {selectedId === null ? (
        !editing && (
          <div className="actions">
            <p>{t('plans.none')}</p>
            <button type="button" className="primary" onClick={() => setEditing(true)}>
              {t('plans.writeFirst')}
            </button>
          </div>
        )
      ) : (
        <QueryView query={plan}>
          {(data) => (
            <>
              <h3>{t('plans.versionTitle', { version: data.version })}</h3>
              <p className="hint">
                {t('plans.writtenOn', { date: formatDateTime(data.createdAt, timeZone) })}
                {data.note && ` — ${data.note}`}
              </p>
              <PhasePlanTable caption={t('plans.phasesCaption', { version: data.version, code: program.code })} phases={data.phases} />
              {!editing && (
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => {
                      setWritten(null);
                      setEditing(true);
                    }}
                  >
                    {t('plans.writeFrom', { version: data.version })}
                  </button>
                </div>
              )}
            </>
          )}
        </QueryView>
      )}

      {editing && (selectedId === null || plan.data) && (
        <PhasePlanEditor
          key={selectedId ?? 'first'}
          program={program}
          from={selectedId === null ? null : (plan.data ?? null)}
          onWritten={(created) => {
            setEditing(false);
            setWritten(created.version);
            show(created.id);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </>
  );
}
