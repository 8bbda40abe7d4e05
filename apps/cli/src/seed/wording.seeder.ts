import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/**
 * What a participant's phone shows of each demo court, in every language it
 * speaks: the courthouse address, the currency of its fees, its courtrooms
 * and testing sites' instructions in Spanish and Portuguese, and a work phone for each case
 * manager (the participant's tap-to-call). Phase, milestone and catalogue
 * wording comes with the program templates and default catalogues.
 */
const COURTS: Record<string, { address: string; currency: string; courtrooms: Record<string, Record<'es' | 'pt', string>> }> = {
  DEMO: {
    address: '100 W Washington St, Springfield',
    currency: 'USD',
    courtrooms: { 'Courtroom 3A': { es: 'Sala 3A', pt: 'Sala 3A' } },
  },
  HOPE: {
    address: '777 Punchbowl St, Honolulu',
    currency: 'USD',
    courtrooms: { 'Courtroom 1': { es: 'Sala 1', pt: 'Sala 1' } },
  },
};

/** Case managers' work phones (the 555-01xx range is reserved for fiction). */
const WORK_PHONES: Record<string, string> = {
  casemanager: '+13125550142',
  casemanager2: '+18085550142',
};

/** The demo testing sites' instructions (what to bring) in Spanish and Portuguese, by site name; their hours are data, worded in every language. */
const SITES: Record<string, Record<'es' | 'pt', { instructions: string }>> = {
  'County Testing Center': {
    es: { instructions: 'Traiga una identificación con foto. Toma observada; calcule 20 minutos.' },
    pt: { instructions: 'Traga um documento com foto. Coleta observada; reserve 20 minutos.' },
  },
  'Eastside Clinic': {
    es: { instructions: 'Entre por la puerta lateral.' },
    pt: { instructions: 'Entre pela porta lateral.' },
  },
  'Harbor City Probation Testing': {
    es: { instructions: 'Preséntese antes de las 14:00. Traiga su tarjeta de libertad condicional.' },
    pt: { instructions: 'Apresente-se até as 14:00. Traga seu cartão de liberdade condicional.' },
  },
};

export const wordingSeeder: DemoSeeder = {
  name: 'wording',
  logins: [],

  async seed({ manager }) {
    for (const [code, court] of Object.entries(COURTS)) {
      const courtrooms: Record<string, Record<string, string>> = { es: {}, pt: {} };
      for (const [room, names] of Object.entries(court.courtrooms)) {
        courtrooms.es[room] = names.es;
        courtrooms.pt[room] = names.pt;
      }
      await manager.query(`UPDATE courts SET address = $2, currency = $3, courtroom_translations = $4 WHERE code = $1`, [
        code,
        court.address,
        court.currency,
        JSON.stringify(courtrooms),
      ]);
    }
    for (const [username, phone] of Object.entries(WORK_PHONES)) {
      await manager.query(`UPDATE users SET work_phone = $2 WHERE username = $1`, [username, phone]);
    }
    await wordSites(manager);
  },
};

/** Adds the sites' wording to whatever translations they already carry (a site's own name stays as it is). */
async function wordSites(manager: EntityManager): Promise<void> {
  for (const [name, byLanguage] of Object.entries(SITES)) {
    await manager.query(`UPDATE testing_sites SET translations = translations || $2::jsonb WHERE name = $1`, [name, JSON.stringify(byLanguage)]);
  }
}
