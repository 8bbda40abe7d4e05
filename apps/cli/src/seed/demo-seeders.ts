import { accessSeeder } from './access.seeder';
import { calendarSeeder } from './calendar.seeder';
import { contactsSeeder } from './contacts.seeder';
import { deferredSeeder } from './deferred.seeder';
import type { DemoSeeder } from './demo-seeder';
import { fidelitySeeder } from './fidelity.seeder';
import { hotlineSeeder } from './hotline.seeder';
import { medicationSeeder } from './medication.seeder';
import { outcomesSeeder } from './outcomes.seeder';
import { participantsSeeder } from './participants.seeder';
import { referralsSeeder } from './referrals.seeder';
import { staffingSeeder } from './staffing.seeder';
import { testingSeeder } from './testing.seeder';
import { wordingSeeder } from './wording.seeder';

/** The demo data of every module, in dependency order (courts before participants before draws). */
export const DEMO_SEEDERS: DemoSeeder[] = [accessSeeder, participantsSeeder, testingSeeder, medicationSeeder, calendarSeeder, staffingSeeder, hotlineSeeder, wordingSeeder, deferredSeeder, contactsSeeder, outcomesSeeder, fidelitySeeder, referralsSeeder];
