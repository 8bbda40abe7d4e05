import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AUDIT_ACTIONS, isViewAction } from './audit-actions';

const ROOT = join(__dirname, '../../../..');
const LANGUAGES = ['en', 'es', 'pt'];

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name)) found.push(path);
  }
  return found;
}

/**
 * The codes the server writes to the audit log, read from its source: a
 * dotted literal (`'participant.read'`) on a line that writes an audit entry
 * (`action: …`, or a call of an audit or record helper that takes the code).
 * Permission names look the same and are left out with their file.
 */
/**
 * Codes built from a template, with what each builds: the literals of the
 * list cannot be read off the source, so they are named here, and a new
 * template fails the test until it is.
 */
const TEMPLATES: Record<string, string[]> = {
  '${kind}.read': ['community_service.read', 'fee_payment.read'],
  '${kind}.write': ['community_service.write', 'fee_payment.write'],
  'measures.state_${measure}_read': ['testing_fidelity', 'phases', 'result_turnaround', 'swiftness', 'outcomes', 'fidelity', 'funnel', 'equity'].map((m) => `measures.state_${m}_read`),
};

function writtenCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const files = ['libs', 'apps/api', 'apps/worker', 'apps/cli'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
  for (const file of files.filter((f) => !f.endsWith('permissions.ts'))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction\b|\baudit\w*\(|\.record\(|\.review\(/.test(line)) continue;
      for (const [, code] of line.matchAll(/'([a-z_]+\.[a-z_]+(?:\.[a-z_]+)?)'/g)) codes.set(code, relative(ROOT, file));
      for (const [, template] of line.matchAll(/`([a-z_.]*\$\{\w+\}[a-z_.]*)`/g)) {
        if (!template.includes('.')) continue;
        for (const code of TEMPLATES[template] ?? [`${template} (a template: name what it builds in TEMPLATES)`]) codes.set(code, relative(ROOT, file));
      }
    }
  }
  // Export column keys that sit on a line naming an `action` field, not audit codes.
  codes.delete('override.action');
  return codes;
}

function wording(language: string): Record<string, unknown> {
  const catalogue = JSON.parse(readFileSync(join(ROOT, 'apps/web/src/i18n', language, 'audit.json'), 'utf8')) as { action: Record<string, unknown> };
  return catalogue.action;
}

function wordingOf(catalogue: Record<string, unknown>, code: string): unknown {
  return code.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);
}

describe('audit actions', () => {
  it('lists every action code the code base writes', () => {
    const listed = new Set<string>(AUDIT_ACTIONS);
    const unlisted = [...writtenCodes()].filter(([code]) => !listed.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(unlisted).toEqual([]);
  });

  it('words every action in every language', () => {
    for (const language of LANGUAGES) {
      const catalogue = wording(language);
      const missing = AUDIT_ACTIONS.filter((code) => typeof wordingOf(catalogue, code) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('tells looks at a record from changes to it', () => {
    expect(['participant.read', 'consent.list', 'drug_test.day_read', 'draw.own.read', 'participant.absconding_list'].every(isViewAction)).toBe(true);
    expect(['participant.update', 'hearing.outcome', 'auth.signed_in', 'treatment.read_refused', 'audit.readiness'].some(isViewAction)).toBe(false);
  });
});
