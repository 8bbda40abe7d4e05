import { CourtDocument } from './court-document';

const header = { court: 'Demo County Treatment Court', subtitle: 'Adult drug court', title: 'Orden de sanción', date: new Date('2026-11-23T15:00:00Z'), language: 'es' };

const draw = (d: CourtDocument) =>
  d
    .heading('Violación')
    .paragraph('Prueba no realizada el 20 de noviembre de 2026; también: acción, corazón, señal.')
    .fields([{ label: 'Respuesta', value: 'Cárcel (días): 2' }])
    .list(['uno', 'dos'])
    .notice('Sus derechos', ['Ser oído', 'Contar con abogado'])
    .table(['Fase', 'Participantes', 'Graduaciones'], [['Fase 1: orientación', '12', '<5'], ['Fase 2', '0', '7']])
    .note('Los recuentos de 1 a 4 personas se muestran como <5.')
    .signature('Jueza Ana Pérez', 'Jueza', '23 nov 2026');

describe('CourtDocument', () => {
  it('draws a PDF whose bytes depend only on what it is given', async () => {
    const first = await CourtDocument.render(header, draw);
    const second = await CourtDocument.render(header, draw);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
    const other = await CourtDocument.render({ ...header, title: 'Otra orden' }, draw);
    expect(other.equals(first)).toBe(false);
  });

  it('starts a new page, with the header row again, when a table does not fit', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Fila ${i + 1}`, String(i), '<5']);
    const pdf = await CourtDocument.render(header, (d) => d.table(['Fila', 'Número', 'Otro'], rows), { compress: false });
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });
});
