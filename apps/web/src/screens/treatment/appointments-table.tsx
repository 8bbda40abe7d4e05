import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { DataTable } from '../../components/data-table';
import { formatDate } from '../../i18n/format';

export type TreatmentAppointment = components['schemas']['TreatmentAppointmentDto'];
export type TreatmentAppointmentList = components['schemas']['TreatmentAppointmentListDto'];
export type NewTreatmentAppointment = components['schemas']['CreateTreatmentAppointmentDto'];

/**
 * A participant's treatment appointments, soonest ahead first: read by the
 * provider's client screen and the team's participant page alike. `action`
 * adds a last column (the provider's cancel button).
 */
export function AppointmentsTable({ rows, action }: { rows: TreatmentAppointment[]; action?: (row: TreatmentAppointment) => ReactNode }) {
  const { t } = useTranslation('common');
  const columns = [
    {
      key: 'when',
      header: t('appointments.when'),
      sortValue: (a: TreatmentAppointment) => a.startsAt,
      render: (a: TreatmentAppointment) => `${formatDate(a.appointmentOn)} ${a.startTime}`,
    },
    { key: 'place', header: t('appointments.place'), sortValue: (a: TreatmentAppointment) => a.place, render: (a: TreatmentAppointment) => a.place },
    { key: 'note', header: t('appointments.note'), render: (a: TreatmentAppointment) => a.note ?? '' },
    {
      key: 'status',
      header: t('appointments.status'),
      sortValue: (a: TreatmentAppointment) => a.status,
      render: (a: TreatmentAppointment) => (a.status === 'cancelled' ? t('appointments.cancelled') : t('appointments.scheduled')),
    },
    ...(action ? [{ key: 'action', header: t('appointments.actions'), render: action }] : []),
  ];
  return (
    <DataTable<TreatmentAppointment>
      caption={t('appointments.caption')}
      rows={rows}
      rowKey={(a) => a.id}
      empty={t('appointments.empty')}
      initialSort={{ key: 'when', direction: 'desc' }}
      columns={columns}
    />
  );
}
