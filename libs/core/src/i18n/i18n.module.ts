import { Global, Module } from '@nestjs/common';
import { ProblemTranslator } from './problem-translator';

/** The server's message catalogues, loaded once at start-up (problem+json titles and details). */
@Global()
@Module({ providers: [ProblemTranslator], exports: [ProblemTranslator] })
export class I18nModule {}
