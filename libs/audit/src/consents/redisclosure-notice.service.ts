import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@app/core';
import { DataSource } from 'typeorm';
import { type RedisclosureNotice, redisclosureNoticeFor } from './consent-terms';

/**
 * The notice (42 CFR §2.32) every disclosure of treatment information must
 * carry, in the reader's language: the court's text for that language, else
 * the court's own wording, else the standard text; with the law's name.
 */
@Injectable()
export class RedisclosureNoticeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCourt(courtId: string, language: Language): Promise<RedisclosureNotice> {
    const [row] = (await this.dataSource.query(`SELECT law_name, redisclosure_notice, redisclosure_notices FROM courts WHERE id = $1`, [courtId])) as Array<{
      law_name: string;
      redisclosure_notice: string | null;
      redisclosure_notices: Partial<Record<Language, string>> | null;
    }>;
    return redisclosureNoticeFor(
      row && { lawName: row.law_name, redisclosureNotice: row.redisclosure_notice, redisclosureNotices: row.redisclosure_notices ?? {} },
      language,
    );
  }
}
