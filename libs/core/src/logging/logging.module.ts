import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from '../config/app-config';
import { REQUEST_ID_HEADER } from '../http/request-id';

/**
 * Paths pino removes from every log line: credentials, and personal fields
 * should a log call ever include them. Bodies are never logged at all.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.pin',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.dateOfBirth',
  '*.firstName',
  '*.lastName',
  '*.phone',
  '*.email',
];

/** Structured JSON logs (pino) with the request id on every line written during a request. */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            // Health probes every few seconds would drown the log.
            exclude: [{ path: 'health', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.log.level,
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              genReqId: (req: IncomingMessage) => String(req.headers[REQUEST_ID_HEADER] ?? ''),
              customProps: () => ({ service }),
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url?.split('?')[0],
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
            },
          }),
        }),
      ],
    };
  }
}
