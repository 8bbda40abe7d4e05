// The HTTP layer of the audit library, imported as `@app/audit/http` by the API only.
// It depends on `@app/auth`; `@app/audit` (the services) must not export it.
export * from './audit-http.module';
