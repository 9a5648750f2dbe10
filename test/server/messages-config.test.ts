// SMTP_URL and SMTP_FROM, as the README's configuration table describes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../server/config.ts';

test('without SMTP_URL there is no mail server: messages are kept', () => {
  const config = readConfig({});
  assert.equal(config.smtpUrl, undefined);
  assert.equal(readConfig({ SMTP_URL: '' }).smtpUrl, undefined);
});

test('SMTP_URL with SMTP_FROM is taken as given', () => {
  const config = readConfig({ SMTP_URL: 'smtp://linde:geheim@mail.example.nl:587', SMTP_FROM: 'Samen Linde <noreply@samenlinde.nl>' });
  assert.equal(config.smtpUrl, 'smtp://linde:geheim@mail.example.nl:587');
  assert.equal(config.smtpFrom, 'Samen Linde <noreply@samenlinde.nl>');
  assert.equal(readConfig({ SMTP_URL: 'smtps://mail.example.nl', SMTP_FROM: 'noreply@samenlinde.nl' }).smtpFrom, 'noreply@samenlinde.nl');
});

test('a SMTP_URL that is not smtp:// or smtps:// is refused, without repeating its password', () => {
  for (const bad of ['mail.example.nl:587', 'http://linde:geheim@mail.example.nl', 'smtp://', 'smtp//linde:geheim@x']) {
    assert.throws(
      () => readConfig({ SMTP_URL: bad, SMTP_FROM: 'noreply@samenlinde.nl' }),
      (error: Error) => /SMTP_URL/.test(error.message) && !error.message.includes('geheim'),
      bad,
    );
  }
});

test('SMTP_URL without a valid SMTP_FROM is refused, naming SMTP_FROM', () => {
  assert.throws(() => readConfig({ SMTP_URL: 'smtp://mail.example.nl' }), /SMTP_FROM must be set/);
  for (const bad of ['noreply', 'Samen Linde', 'a@b', 'Samen <Linde> <x@y.nl>', 'x@y.nl\r\nBcc: z@y.nl']) {
    assert.throws(() => readConfig({ SMTP_URL: 'smtp://mail.example.nl', SMTP_FROM: bad }), /SMTP_FROM/, bad);
  }
});
