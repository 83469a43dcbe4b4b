import { Clock, isQuietHour } from '@app/common';
import { Environment } from '@app/config';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, QueryRunner } from 'typeorm';

const MAX_ATTEMPTS = 8;
const DRAIN_LIMIT = 1000;

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  dedupe_key: string;
  kind: string;
  attempts: number;
}

/**
 * Sends the e-mail outbox over SMTP. Each message is sent while its row is locked (FOR UPDATE SKIP LOCKED) and marked
 * sent in the same transaction, so two workers never send one row. Within a process messages go one at a time, so a
 * worker killed mid-send leaves at most the message whose SMTP transaction was not yet acknowledged, which the next
 * worker sends. The Message-ID is derived from the dedupe key, so a receiving server can recognise a repeat.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter | null;
  private readonly workerId = `${hostname()}:${process.pid}`;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly env: Environment,
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.transport = env.SMTP_URL
      ? createTransport({
          url: env.SMTP_URL,
          pool: true,
          maxConnections: 1,
          connectionTimeout: 10000,
          socketTimeout: 30000,
        })
      : null;
  }

  get enabled(): boolean {
    return !!this.transport;
  }

  /** Sends these outbox rows if they are due; rows already sent or being sent elsewhere are skipped. */
  send(ids: string[]): Promise<number> {
    if (!this.transport || !ids.length) return Promise.resolve(0);
    return this.serially(async () => {
      let sent = 0;
      for (const id of ids) if (await this.sendNext(id)) sent++;
      return sent;
    });
  }

  /** Sends every due row (after quiet hours, retries whose time has come). */
  drain(): Promise<number> {
    if (!this.transport) return Promise.resolve(0);
    return this.serially(async () => {
      let sent = 0;
      while (sent < DRAIN_LIMIT && (await this.sendNext(null))) sent++;
      return sent;
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Locks one due row, sends it and records the outcome in one transaction. False when nothing was due. */
  private async sendNext(id: string | null): Promise<boolean> {
    const now = this.clock.now();
    if (isQuietHour(now)) return false;
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [row] = (await runner.query(
        `select id, to_address, subject, text_body, dedupe_key, kind, attempts from email_outbox
          where status = 'pending' and not_before <= $1 ${id ? 'and id = $2' : ''}
          order by not_before, id limit 1 for update skip locked`,
        id ? [now, id] : [now],
      )) as OutboxRow[];
      if (!row) {
        await runner.commitTransaction();
        return false;
      }
      await this.deliver(runner, row);
      await runner.commitTransaction();
      return true;
    } catch (err) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }

  private async deliver(runner: QueryRunner, row: OutboxRow): Promise<void> {
    const messageId = `<${createHash('sha1').update(row.dedupe_key).digest('hex')}@marketplace.local>`;
    try {
      await this.transport!.sendMail({
        from: this.env.MAIL_FROM,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        messageId,
        headers: { 'X-Marketplace-Kind': row.kind, 'X-Marketplace-Key': row.dedupe_key },
      });
      await runner.query(
        `update email_outbox set status = 'sent', sent_at = $2, sent_by = $3, message_id = $4, attempts = attempts + 1, updated_at = now() where id = $1`,
        [row.id, this.clock.now(), this.workerId, messageId],
      );
    } catch (err) {
      const attempts = row.attempts + 1;
      const retryAt = new Date(this.clock.now().getTime() + Math.min(3600, 15 * 2 ** attempts) * 1000);
      this.logger.warn({ err, emailId: row.id, attempts }, 'e-mail not sent');
      await runner.query(
        `update email_outbox set attempts = $2, last_error = $3, not_before = $4, status = $5, updated_at = now() where id = $1`,
        [
          row.id,
          attempts,
          (err instanceof Error ? err.message : String(err)).slice(0, 500),
          retryAt,
          attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
        ],
      );
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
