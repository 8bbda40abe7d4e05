import type { Language } from '@app/core';

/** The quarterly report's words in each language a court may have. */
export interface QuarterlyWords {
  title: string;
  period: string;
  asOf: string;
  summary: string;
  inProgramNow: string;
  referrals: string;
  admissions: string;
  exits: string;
  graduations: string;
  terminations: string;
  graduationRate: string;
  retention6: string;
  incentivesPerSanction: string;
  testing: string;
  participantDays: string;
  expectedPerWeek: string;
  orderedPerWeek: string;
  ordered: string;
  collected: string;
  shareCollected: string;
  weekendShare: string;
  positivesPer100: string;
  turnaround: string;
  program: string;
  collections: string;
  confirmed: string;
  medianHours: string;
  p90Hours: string;
  swiftness: string;
  kind: string;
  violations: string;
  answeredInTime: string;
  dismissed: string;
  overdue: string;
  medianHoursToHearing: string;
  phases: string;
  phase: string;
  participantsNow: string;
  completedStays: string;
  medianDays: string;
  equity: string;
  group: string;
  none: string;
  allKinds: string;
  noProgram: string;
  kinds: Record<string, string>;
  groups: Record<string, string>;
  fidelity: string;
  measure: string;
  value: string;
  target: string;
  verdict: string;
  fidelityLines: Record<string, string>;
  verdicts: Record<string, string>;
  smallCells: string;
  source: string;
}

const RACE_ETHNICITY_EN = {
  hispanic_latino: 'Hispanic or Latino',
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black_african_american: 'Black or African American',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
  white: 'White',
  two_or_more: 'Two or more races',
  declined: 'Declined to answer',
  unknown: 'Not recorded',
};

export const QUARTERLY_WORDS: Record<Language, QuarterlyWords> = {
  en: {
    title: 'Quarterly report',
    period: '{{quarter}}: {{from}} to {{to}}',
    asOf: 'Figures as of {{date}}; "now" means that day.',
    summary: 'The quarter in brief',
    inProgramNow: 'Participants in the program now',
    referrals: 'Referrals',
    admissions: 'Admissions',
    exits: 'Exits',
    graduations: 'Graduations',
    terminations: 'Terminations',
    graduationRate: 'Graduation rate',
    retention6: 'Retention at 6 months',
    incentivesPerSanction: 'Incentives per sanction',
    testing: 'Drug testing',
    participantDays: 'Participant-days in the draw',
    expectedPerWeek: 'Tests called for, per participant-week',
    orderedPerWeek: 'Tests ordered, per participant-week',
    ordered: 'Tests ordered',
    collected: 'Specimens collected',
    shareCollected: 'Ordered tests collected',
    weekendShare: 'Ordered tests on a weekend',
    positivesPer100: 'Positive results per 100 tests',
    turnaround: 'Time to a result',
    program: 'Program',
    collections: 'Collections',
    confirmed: 'Confirmed by a laboratory',
    medianHours: 'Median hours',
    p90Hours: '90th percentile hours',
    swiftness: 'Violations answered within 72 hours',
    kind: 'Violation',
    violations: 'Violations',
    answeredInTime: 'Answered in time',
    dismissed: 'Dismissed',
    overdue: 'Overdue',
    medianHoursToHearing: 'Median hours to the hearing',
    phases: 'Phases',
    phase: 'Phase',
    participantsNow: 'In it now',
    completedStays: 'Stays ended',
    medianDays: 'Median days',
    equity: 'Outcomes by race and ethnicity',
    group: 'Group',
    none: '—',
    allKinds: 'All violations',
    noProgram: 'No program',
    kinds: {
      missed_call_in: 'Missed call-in',
      missed_test: 'Missed test',
      positive_test: 'Positive test',
      dilute_test: 'Dilute specimen',
      adulterated_test: 'Adulterated specimen',
      substituted_test: 'Substituted specimen',
      invalid_test: 'Invalid specimen',
      refused_test: 'Refused test',
      missed_treatment: 'Missed treatment',
    },
    groups: RACE_ETHNICITY_EN,
    fidelity: 'Fidelity to the best-practice standards',
    measure: 'Measure',
    value: 'Value',
    target: 'Target',
    verdict: 'Verdict',
    fidelityLines: {
      weekend_holiday_share: 'Tests on weekends and holidays',
      tests_per_week_plan: 'Tests per week against the phase plan',
      tests_per_week_floor: 'Tests per week, minimum',
      notice_to_collection: 'Hours from notice to collection',
      lab_turnaround: 'Laboratory turnaround (days)',
      heard_in_time: 'Violations heard within 72 hours',
      jail_days_per_sanction: 'Jail days per jail sanction',
      incentive_sanction_ratio: 'Incentives per sanction',
      hearing_intervals: 'Days between status hearings',
      treatment_entry: 'Days from admission to treatment',
    },
    verdicts: { met: 'Met', not_met: 'Not met', no_data: 'No data' },
    smallCells: 'Counts of 1 to 4 people are shown as <5, and a rate taken from such a count is not shown, so that no one can be recognised.',
    source: 'Made from the same figures as the court’s measures screens.',
  },
  es: {
    title: 'Informe trimestral',
    period: '{{quarter}}: del {{from}} al {{to}}',
    asOf: 'Cifras al {{date}}; «ahora» se refiere a ese día.',
    summary: 'El trimestre en resumen',
    inProgramNow: 'Participantes en el programa ahora',
    referrals: 'Remisiones',
    admissions: 'Admisiones',
    exits: 'Egresos',
    graduations: 'Graduaciones',
    terminations: 'Expulsiones',
    graduationRate: 'Tasa de graduación',
    retention6: 'Retención a los 6 meses',
    incentivesPerSanction: 'Incentivos por sanción',
    testing: 'Pruebas de drogas',
    participantDays: 'Días-participante en el sorteo',
    expectedPerWeek: 'Pruebas previstas por semana-participante',
    orderedPerWeek: 'Pruebas ordenadas por semana-participante',
    ordered: 'Pruebas ordenadas',
    collected: 'Muestras tomadas',
    shareCollected: 'Pruebas ordenadas con muestra tomada',
    weekendShare: 'Pruebas ordenadas en fin de semana',
    positivesPer100: 'Resultados positivos por cada 100 pruebas',
    turnaround: 'Tiempo hasta el resultado',
    program: 'Programa',
    collections: 'Tomas de muestra',
    confirmed: 'Confirmadas por un laboratorio',
    medianHours: 'Mediana de horas',
    p90Hours: 'Percentil 90 de horas',
    swiftness: 'Infracciones atendidas en 72 horas',
    kind: 'Infracción',
    violations: 'Infracciones',
    answeredInTime: 'Atendidas a tiempo',
    dismissed: 'Archivadas',
    overdue: 'Vencidas',
    medianHoursToHearing: 'Mediana de horas hasta la audiencia',
    phases: 'Fases',
    phase: 'Fase',
    participantsNow: 'En ella ahora',
    completedStays: 'Estancias terminadas',
    medianDays: 'Mediana de días',
    equity: 'Resultados por raza y etnia',
    group: 'Grupo',
    none: '—',
    allKinds: 'Todas las infracciones',
    noProgram: 'Sin programa',
    kinds: {
      missed_call_in: 'Llamada diaria omitida',
      missed_test: 'Prueba no realizada',
      positive_test: 'Prueba positiva',
      dilute_test: 'Muestra diluida',
      adulterated_test: 'Muestra adulterada',
      substituted_test: 'Muestra sustituida',
      invalid_test: 'Muestra no válida',
      refused_test: 'Prueba rechazada',
      missed_treatment: 'Tratamiento omitido',
    },
    groups: {
      hispanic_latino: 'Hispano o latino',
      american_indian_alaska_native: 'Indígena americano o nativo de Alaska',
      asian: 'Asiático',
      black_african_american: 'Negro o afroamericano',
      native_hawaiian_pacific_islander: 'Nativo de Hawái u otra isla del Pacífico',
      white: 'Blanco',
      two_or_more: 'Dos o más razas',
      declined: 'Prefirió no responder',
      unknown: 'Sin registrar',
    },
    fidelity: 'Fidelidad a las buenas prácticas',
    measure: 'Indicador',
    value: 'Valor',
    target: 'Meta',
    verdict: 'Resultado',
    fidelityLines: {
      weekend_holiday_share: 'Pruebas en fines de semana y feriados',
      tests_per_week_plan: 'Pruebas por semana frente al plan de fases',
      tests_per_week_floor: 'Pruebas por semana, mínimo',
      notice_to_collection: 'Horas del aviso a la toma de muestra',
      lab_turnaround: 'Tiempo del laboratorio (días)',
      heard_in_time: 'Infracciones oídas en 72 horas',
      jail_days_per_sanction: 'Días de cárcel por sanción de cárcel',
      incentive_sanction_ratio: 'Incentivos por sanción',
      hearing_intervals: 'Días entre audiencias de seguimiento',
      treatment_entry: 'Días de la admisión al tratamiento',
    },
    verdicts: { met: 'Cumplida', not_met: 'No cumplida', no_data: 'Sin datos' },
    smallCells: 'Los recuentos de 1 a 4 personas se muestran como <5 y no se muestra una tasa calculada a partir de ellos, para que nadie pueda ser reconocido.',
    source: 'Elaborado con las mismas cifras que las pantallas de indicadores del tribunal.',
  },
  pt: {
    title: 'Relatório trimestral',
    period: '{{quarter}}: de {{from}} a {{to}}',
    asOf: 'Números em {{date}}; «agora» refere-se a esse dia.',
    summary: 'O trimestre em resumo',
    inProgramNow: 'Participantes no programa agora',
    referrals: 'Encaminhamentos',
    admissions: 'Admissões',
    exits: 'Saídas',
    graduations: 'Formaturas',
    terminations: 'Desligamentos',
    graduationRate: 'Taxa de formatura',
    retention6: 'Retenção aos 6 meses',
    incentivesPerSanction: 'Incentivos por sanção',
    testing: 'Testes de drogas',
    participantDays: 'Dias-participante no sorteio',
    expectedPerWeek: 'Testes previstos por semana-participante',
    orderedPerWeek: 'Testes ordenados por semana-participante',
    ordered: 'Testes ordenados',
    collected: 'Amostras coletadas',
    shareCollected: 'Testes ordenados com amostra coletada',
    weekendShare: 'Testes ordenados no fim de semana',
    positivesPer100: 'Resultados positivos por 100 testes',
    turnaround: 'Tempo até o resultado',
    program: 'Programa',
    collections: 'Coletas',
    confirmed: 'Confirmadas por um laboratório',
    medianHours: 'Mediana de horas',
    p90Hours: 'Percentil 90 de horas',
    swiftness: 'Violações respondidas em 72 horas',
    kind: 'Violação',
    violations: 'Violações',
    answeredInTime: 'Respondidas a tempo',
    dismissed: 'Arquivadas',
    overdue: 'Vencidas',
    medianHoursToHearing: 'Mediana de horas até a audiência',
    phases: 'Fases',
    phase: 'Fase',
    participantsNow: 'Nela agora',
    completedStays: 'Permanências encerradas',
    medianDays: 'Mediana de dias',
    equity: 'Resultados por raça e etnia',
    group: 'Grupo',
    none: '—',
    allKinds: 'Todas as violações',
    noProgram: 'Sem programa',
    kinds: {
      missed_call_in: 'Check-in diário perdido',
      missed_test: 'Teste não realizado',
      positive_test: 'Teste positivo',
      dilute_test: 'Amostra diluída',
      adulterated_test: 'Amostra adulterada',
      substituted_test: 'Amostra substituída',
      invalid_test: 'Amostra inválida',
      refused_test: 'Teste recusado',
      missed_treatment: 'Tratamento perdido',
    },
    groups: {
      hispanic_latino: 'Hispânico ou latino',
      american_indian_alaska_native: 'Indígena americano ou nativo do Alasca',
      asian: 'Asiático',
      black_african_american: 'Negro ou afro-americano',
      native_hawaiian_pacific_islander: 'Nativo do Havaí ou de outra ilha do Pacífico',
      white: 'Branco',
      two_or_more: 'Duas ou mais raças',
      declined: 'Preferiu não responder',
      unknown: 'Não registrado',
    },
    fidelity: 'Fidelidade às boas práticas',
    measure: 'Indicador',
    value: 'Valor',
    target: 'Meta',
    verdict: 'Resultado',
    fidelityLines: {
      weekend_holiday_share: 'Testes em fins de semana e feriados',
      tests_per_week_plan: 'Testes por semana frente ao plano de fases',
      tests_per_week_floor: 'Testes por semana, mínimo',
      notice_to_collection: 'Horas do aviso à coleta',
      lab_turnaround: 'Tempo do laboratório (dias)',
      heard_in_time: 'Violações ouvidas em 72 horas',
      jail_days_per_sanction: 'Dias de prisão por sanção de prisão',
      incentive_sanction_ratio: 'Incentivos por sanção',
      hearing_intervals: 'Dias entre audiências de acompanhamento',
      treatment_entry: 'Dias da admissão ao tratamento',
    },
    verdicts: { met: 'Cumprida', not_met: 'Não cumprida', no_data: 'Sem dados' },
    smallCells: 'Contagens de 1 a 4 pessoas aparecem como <5 e uma taxa calculada a partir delas não é mostrada, para que ninguém possa ser reconhecido.',
    source: 'Feito com os mesmos números das telas de indicadores do tribunal.',
  },
};
