import { LANGUAGES } from '@app/core';
import { MESSAGE_CATALOGUES, renderTemplate, REVEALING_WORDS, TEMPLATE_NAMES, TEMPLATE_PARAMS } from './message-templates';

/** A value for each parameter any template takes, as the events pass them. */
const SAMPLE: Record<string, string> = {
  participantNumber: 'D-0003',
  deadline: '2026-12-09 09:00',
  hoursLeft: '24',
  date: '2026-12-08',
  time: '09:00',
  startsAt: '2026-12-08 05:00',
  endsAt: '2026-12-08 06:30',
  failures: '10',
  title: 'A title',
  text: 'A text',
  url: 'https://court.example/alerts',
  preferencesUrl: 'https://court.example/notifications',
  count: '3',
  lines: '- one\n- two',
  username: 'casemanager',
  place: 'Courtroom 3A',
  site: 'County Testing Center',
  address: '1 Main St, Springfield',
  reportBy: '17:00',
  month: '2026-11',
  weekdayP: '0.002113',
  weekendZ: '-3.412',
  maximumOn: '2027-06-15',
};

describe('message templates', () => {
  it.each(LANGUAGES)('has every template in %s and no other', (language) => {
    expect(Object.keys(MESSAGE_CATALOGUES[language]).sort()).toEqual([...TEMPLATE_NAMES].sort());
  });

  it.each(LANGUAGES.flatMap((language) => TEMPLATE_NAMES.map((template) => [language, template] as const)))(
    'renders %s %s with its parameters, each used, nothing left unfilled',
    (language, template) => {
      const params = Object.fromEntries(TEMPLATE_PARAMS[template].map((name) => [name, SAMPLE[name]]));
      const rendered = renderTemplate(template, language, params);
      const all = `${rendered.subject ?? ''}\n${rendered.text}`;
      expect(all).not.toMatch(/\{\{|\}\}/);
      for (const name of TEMPLATE_PARAMS[template]) expect(all).toContain(SAMPLE[name]);
      // Staff alerts and emails have a subject (the bell's line); texts do not.
      expect(rendered.subject === null).toBe(template.startsWith('sms.'));
      // Nothing in the catalogue names a parameter the template does not declare.
      const used = [...(MESSAGE_CATALOGUES[language][template].subject ?? '').matchAll(/\{\{(\w+)\}\}/g), ...MESSAGE_CATALOGUES[language][template].text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      expect(used.filter((name) => !(TEMPLATE_PARAMS[template] as readonly string[]).includes(name))).toEqual([]);
    },
  );

  it.each(LANGUAGES)('never names a drug or treatment court nor a treatment fact in a text to a participant (%s)', (language) => {
    for (const template of TEMPLATE_NAMES.filter((name) => name.startsWith('sms.'))) {
      expect(MESSAGE_CATALOGUES[language][template].text).not.toMatch(REVEALING_WORDS);
    }
  });

  it('refuses to render with a parameter missing, rather than send a half-filled message', () => {
    expect(() => renderTemplate('sms.missed-call-in', 'en', {})).toThrow(/needs the parameter date/);
  });

  it('recognises the words a text must never carry', () => {
    expect('Your drug court date').toMatch(REVEALING_WORDS);
    expect('Tribunal de tratamiento').toMatch(REVEALING_WORDS);
    expect('Court reminder: you have a court date tomorrow').not.toMatch(REVEALING_WORDS);
  });
});
