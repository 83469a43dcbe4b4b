import { AuditService } from '@app/audit';
import { DomainError } from '@app/common';
import { Environment } from '@app/config';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ContactChannel, ContactConfirmation } from '../entities/contact-confirmation.entity';
import { User } from '../entities/user.entity';
import { ConfirmationSender } from './confirmation-sender';

const CODE_TTL_MS = 15 * 60_000;
const MAX_ATTEMPTS = 5;
const RESEND_AFTER_S = 60;
const MAX_CODES_PER_HOUR = 5;

export interface ContactStatus {
  email: string | null;
  emailConfirmed: boolean;
  mobile: string | null;
  mobileConfirmed: boolean;
}

const CONFIRMED_COLUMN = { email: 'emailConfirmedAt', mobile: 'mobileConfirmedAt' } as const;

/**
 * Proves an account's owner receives mail at its e-mail address (or texts at its mobile number): a six-digit code,
 * valid 15 minutes, five tries, at most one a minute and five an hour. An account must have confirmed the invited
 * address before it can accept an invitation, so pre-registering someone else's address gains nothing.
 */
@Injectable()
export class ContactConfirmationService {
  private readonly logger = new Logger(ContactConfirmationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly env: Environment,
    private readonly sender: ConfirmationSender,
    private readonly audit: AuditService,
  ) {}

  async status(userId: string): Promise<ContactStatus> {
    const u = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    return {
      email: u.email,
      emailConfirmed: !!u.emailConfirmedAt,
      mobile: u.mobile,
      mobileConfirmed: !!u.mobileConfirmedAt,
    };
  }

  /** Sends a new code to the account's address on this channel. */
  async request(
    userId: string,
    channel: ContactChannel,
  ): Promise<{ channel: ContactChannel; address: string; expiresAt: Date }> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const { user, row } = await this.db.transaction(async (m) => {
      const user = await this.lockedUser(m, userId);
      const address = user[channel];
      if (!address) throw DomainError.validation([{ field: 'channel', constraint: 'noSuchContact' }]);
      if (user[CONFIRMED_COLUMN[channel]])
        throw DomainError.validation([{ field: 'channel', constraint: 'alreadyConfirmed' }]);
      const [recent]: { last_s: number | null; n: number }[] = await m.query(
        `select extract(epoch from now() - max(created_at))::float as last_s, count(*)::int as n
           from contact_confirmations where user_id = $1 and channel = $2 and created_at > now() - interval '1 hour'`,
        [userId, channel],
      );
      if (recent.n >= MAX_CODES_PER_HOUR || (recent.last_s !== null && recent.last_s < RESEND_AFTER_S))
        throw new DomainError('TOO_MANY_REQUESTS');
      const row = await m.save(
        m.create(ContactConfirmation, {
          userId,
          channel,
          address,
          codeHash: this.hash(userId, channel, code),
          expiresAt: new Date(Date.now() + CODE_TTL_MS),
          attempts: 0,
          confirmedAt: null,
        }),
      );
      return { user, row };
    });
    await this.sender.send({ channel, address: row.address, locale: user.locale, kind: 'code', code });
    return { channel, address: row.address, expiresAt: row.expiresAt };
  }

  /** Checks a code against the latest one sent to the account's current address; five wrong tries spend it. */
  async confirm(userId: string, channel: ContactChannel, code: string): Promise<ContactStatus> {
    const confirmed = await this.db.transaction(async (m) => {
      const user = await this.lockedUser(m, userId);
      const row = await m
        .getRepository(ContactConfirmation)
        .findOne({ where: { userId, channel }, order: { createdAt: 'DESC' } });
      if (
        !row ||
        row.confirmedAt ||
        row.address !== user[channel] ||
        row.expiresAt <= new Date() ||
        row.attempts >= MAX_ATTEMPTS
      )
        return false;
      await m.increment(ContactConfirmation, { id: row.id }, 'attempts', 1);
      if (!this.same(row.codeHash, this.hash(userId, channel, code))) return false;
      const now = new Date();
      await m.update(ContactConfirmation, { id: row.id }, { confirmedAt: now });
      await m.update(User, { id: userId }, { [CONFIRMED_COLUMN[channel]]: now });
      await this.audit.record(
        {
          actorId: userId,
          action: 'auth.contact-confirmed',
          targetType: 'user',
          targetId: userId,
          after: { channel, address: row.address },
        },
        m,
      );
      return true;
    });
    if (!confirmed) throw DomainError.validation([{ field: 'code', constraint: 'confirmationCodeInvalid' }]);
    return this.status(userId);
  }

  /** Tells the owner of an address that someone tried to register it again (the register answer itself says nothing). */
  async noticeRepeatedRegistration(channel: ContactChannel, address: string, locale: 'zh-CN' | 'en'): Promise<void> {
    await this.sender
      .send({ channel, address, locale, kind: 'already-registered' })
      .catch((err: unknown) => this.logger.warn({ err }, 'repeated-registration notice not sent'));
  }

  /** Sends the first code right after registration; a failure to send only means the user asks again. */
  async sendFirstCode(userId: string, channel: ContactChannel): Promise<void> {
    await this.request(userId, channel).catch((err: unknown) =>
      this.logger.warn({ err, userId }, 'first confirmation code not sent'),
    );
  }

  private async lockedUser(m: EntityManager, userId: string): Promise<User> {
    return m
      .getRepository(User)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :userId', { userId })
      .getOneOrFail();
  }

  private hash(userId: string, channel: ContactChannel, code: string): string {
    return createHmac('sha256', this.env.JWT_SECRET).update(`${userId}:${channel}:${code.trim()}`).digest('hex');
  }

  private same(a: string, b: string): boolean {
    return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  }
}
