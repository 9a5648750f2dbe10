// The server's messages: a worker for this database, sending over SMTP when SMTP_URL is
// set, otherwise keeping every message for the coordinator's "Berichten" page.
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { smtpTransport } from './transport.ts';
import { OutboxWorker } from './worker.ts';

export function startMessages({ db, config, log }: { db: Queryable; config: Pick<Config, 'smtpUrl' | 'smtpFrom'>; log: Logger }): OutboxWorker {
  if (config.smtpUrl) {
    log.info('mail is sent over SMTP', { smtpHost: new URL(config.smtpUrl).hostname });
  } else {
    log.info('mail is kept, not sent', {
      nl: 'E-mails worden bewaard en niet verstuurd, omdat SMTP_URL niet is ingesteld. U ziet ze bij Berichten in /beheer.',
      en: 'E-mails are kept, not sent, because SMTP_URL is not set. They are shown under Berichten in /beheer.',
    });
  }
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.smtpFrom!) : undefined;
  return new OutboxWorker({ db, transport, log }).start();
}
