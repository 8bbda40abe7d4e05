import { activationUrl } from '@app/auth';
import { loadPublicUrl } from '@app/core';
import { parseCreateAdminArgs } from './create-admin';

describe('create-admin', () => {
  it('reads the username, and optionally a display name and an email', () => {
    expect(parseCreateAdminArgs(['--username', 'jsmith'])).toEqual({ username: 'jsmith', displayName: undefined, email: null });
    expect(parseCreateAdminArgs(['--username', 'jsmith', '--display-name', 'Jordan Smith', '--email', 'j@court.example.gov'])).toEqual({
      username: 'jsmith',
      displayName: 'Jordan Smith',
      email: 'j@court.example.gov',
    });
  });

  it('refuses a missing username, an unknown option and an option without its value; there is no way to give a password', () => {
    expect(() => parseCreateAdminArgs([])).toThrow(/--username is required/);
    expect(() => parseCreateAdminArgs(['--password', 'demo-password'])).toThrow(/unexpected --password/);
    expect(() => parseCreateAdminArgs(['--username'])).toThrow(/unexpected --username/);
    expect(() => parseCreateAdminArgs(['--username', '--email'])).toThrow(/unexpected --username/);
  });

  it('builds the link on PUBLIC_URL (else the local port), with the token in the fragment', () => {
    expect(loadPublicUrl({ PUBLIC_URL: 'https://court.example.gov' })).toBe('https://court.example.gov');
    expect(loadPublicUrl({ PORT: '8080' })).toBe('http://localhost:8080');
    expect(() => loadPublicUrl({ PUBLIC_URL: 'https://court.example.gov/' })).toThrow(/PUBLIC_URL/);
    expect(() => loadPublicUrl({ PUBLIC_URL: 'court.example.gov' })).toThrow(/PUBLIC_URL/);
    expect(activationUrl('https://court.example.gov', 'abc_DEF-123')).toBe('https://court.example.gov/activate#abc_DEF-123');
  });
});
