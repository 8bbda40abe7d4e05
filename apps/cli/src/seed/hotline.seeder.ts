import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/**
 * The demo's telephone numbers (the 555-01xx range is reserved for fiction):
 * each court's hotline and help number, and a few participants' registered
 * phones, so `npm run hotline:demo` can call in from a registered number
 * (asked only for the PIN) or from any other (number and PIN).
 */
export const DEMO_HOTLINES: Record<string, { hotline: string; help: string }> = {
  DEMO: { hotline: '+13125550100', help: '+13125550199' },
  HOPE: { hotline: '+18085550100', help: '+18085550199' },
};

/** Participant number → their registered phone (with consent to texts). D-0006 reads Spanish. */
export const DEMO_PHONES: Record<string, string> = {
  'D-0001': '+13125550101',
  'D-0006': '+13125550106',
  'H-0001': '+18085550101',
};

export const hotlineSeeder: DemoSeeder = {
  name: 'hotline',
  logins: [],

  async seed({ manager }) {
    for (const [code, numbers] of Object.entries(DEMO_HOTLINES)) {
      await manager.query(`UPDATE courts SET hotline_number = $2, help_number = $3 WHERE code = $1`, [code, numbers.hotline, numbers.help]);
    }
    for (const [participantNumber, phone] of Object.entries(DEMO_PHONES)) {
      await registerPhone(manager, participantNumber, phone);
    }
  },
};

async function registerPhone(manager: EntityManager, participantNumber: string, phone: string): Promise<void> {
  await manager.query(
    `INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, label, sms_opt_in)
     SELECT court_id, id, $2, 'mobile', true FROM participants WHERE participant_number = $1`,
    [participantNumber, phone],
  );
}
