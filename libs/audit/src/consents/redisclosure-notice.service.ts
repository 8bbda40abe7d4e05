import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REDISCLOSURE_NOTICE } from './consent-terms';

/**
 * The notice (42 CFR §2.32) every disclosure of treatment information must
 * carry: the court's own, stricter wording when it set one, else the standard text.
 */
@Injectable()
export class RedisclosureNoticeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCourt(courtId: string): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT redisclosure_notice FROM courts WHERE id = $1`, [courtId])) as Array<{
      redisclosure_notice: string | null;
    }>;
    return row?.redisclosure_notice ?? REDISCLOSURE_NOTICE;
  }
}
