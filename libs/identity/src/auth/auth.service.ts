import { AuditService } from '@app/audit';
import { Environment } from '@app/config';
import { DomainError } from '@app/common';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { isUUID } from 'class-validator';
import { AccessSession } from '../access/actor-loader.service';
import { ContactConfirmationService } from '../confirmation/contact-confirmation.service';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './passwords';

/** How long after a rotation the console may send its previous cookie again (a reload that lost the answer). */
const LOST_ROTATION_GRACE_MS = 30_000;
/** The successor's creation time comes from PostgreSQL's clock, the rotation time from this process's. */
const CLOCK_SLACK_MS = 5_000;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: {
    id: string;
    displayName: string;
    email: string | null;
    mobile: string | null;
    locale: string;
    isPlatformAdmin: boolean;
  };
}

/** What self-service registration answers, whether or not the address already had an account. */
export interface RegistrationAnswer {
  status: 'confirmation-sent';
  email: string | null;
  mobile: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let dummy: Promise<string> | null = null;
/** A hash of a random password, made once: what an unknown account's sign-in is checked against. */
const dummyHash = () => (dummy ??= hashPassword(randomBytes(24).toString('base64url')));

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly env: Environment,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly confirmations: ContactConfirmationService,
  ) {}

  async register(
    input: { email?: string; mobile?: string; password: string; displayName: string; locale?: 'zh-CN' | 'en' },
    createdOnBehalfBy: string | null = null,
    manager: EntityManager = this.db.manager,
  ): Promise<User> {
    const email = input.email?.trim().toLowerCase() || null;
    const mobile = input.mobile?.trim() || null;
    if (!email && !mobile) throw DomainError.validation([{ field: 'email', constraint: 'isDefined' }]);
    const users = manager.getRepository(User);
    if (email && (await users.existsBy({ email }))) throw new DomainError('ALREADY_EXISTS', { field: 'email' });
    if (mobile && (await users.existsBy({ mobile }))) throw new DomainError('ALREADY_EXISTS', { field: 'mobile' });
    const user = users.create({
      email,
      mobile,
      displayName: input.displayName,
      locale: input.locale ?? 'zh-CN',
      passwordHash: await hashPassword(input.password),
      createdOnBehalfBy,
    });
    return users.save(user);
  }

  /**
   * Self-service sign-up, with one answer whether or not the address already has an account (no enumeration): a new
   * account gets a confirmation code, an existing one's owner a notice. Both paths hash the password (same timing).
   */
  async registerSelfService(input: {
    email?: string;
    mobile?: string;
    password: string;
    displayName: string;
    locale?: 'zh-CN' | 'en';
  }): Promise<RegistrationAnswer> {
    const email = input.email?.trim().toLowerCase() || null;
    const mobile = input.mobile?.trim() || null;
    if (!email && !mobile) throw DomainError.validation([{ field: 'email', constraint: 'isDefined' }]);
    const answer: RegistrationAnswer = { status: 'confirmation-sent', email, mobile };
    const locale = input.locale ?? 'zh-CN';
    const taken = await this.takenAddress(email, mobile);
    if (taken) {
      await hashPassword(input.password);
      await this.confirmations.noticeRepeatedRegistration(taken.channel, taken.address, locale);
      return answer;
    }
    let user: User;
    try {
      user = await this.register(input);
    } catch (err) {
      // Lost a race with another registration of the same address: the same answer as above.
      const raced = await this.takenAddress(email, mobile);
      if (!raced) throw err;
      await this.confirmations.noticeRepeatedRegistration(raced.channel, raced.address, locale);
      return answer;
    }
    await this.confirmations.sendFirstCode(user.id, email ? 'email' : 'mobile');
    return answer;
  }

  private async takenAddress(
    email: string | null,
    mobile: string | null,
  ): Promise<{ channel: 'email' | 'mobile'; address: string } | null> {
    const users = this.db.getRepository(User);
    if (email && (await users.existsBy({ email }))) return { channel: 'email', address: email };
    if (mobile && (await users.existsBy({ mobile }))) return { channel: 'mobile', address: mobile };
    return null;
  }

  /** Signs in by e-mail or mobile. `client.address` keys the throttle (internal callers, without one, get the per-account limit only). */
  async login(
    identifier: string,
    password: string,
    client: { requestId?: string; address?: string } = {},
  ): Promise<TokenPair> {
    const account = identifier.trim().toLowerCase();
    const attempt = { account, address: client.address };
    await this.throttle.begin(attempt);
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :account or u.mobile = :account', { account })
      .getOne();
    // An unknown account costs the same hash check as a known one, so timing does not tell them apart.
    const verified = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !verified) {
      await this.throttle.failed(attempt);
      await this.audit.record({
        actorId: user?.id ?? null,
        action: 'auth.login-failed',
        targetType: 'user',
        targetId: user?.id ?? null,
        after: { account },
        requestId: client.requestId,
      });
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.throttle.succeeded(attempt);
    await this.audit.record({
      actorId: user.id,
      action: 'auth.login',
      targetType: 'user',
      targetId: user.id,
      requestId: client.requestId,
    });
    return this.issueTokens(user);
  }

  /**
   * Rotates a refresh token. A token that was already rotated (or loses a race with its own copy) is a stolen copy
   * or a replay: every token of its family is revoked, so the thief and the owner both sign in again.
   */
  async refresh(refreshToken: string, { fromCookie = false } = {}): Promise<TokenPair> {
    const tokens = this.db.getRepository(RefreshToken);
    const stored = await tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored || stored.expiresAt < new Date()) throw new DomainError('TOKEN_INVALID');
    const rotated = stored.revokedAt
      ? { affected: 0 }
      : await tokens.update({ id: stored.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!rotated.affected) {
      const resumed = fromCookie ? await this.resumeLostRotation(stored) : null;
      if (resumed) return resumed;
      await this.revokeFamily(stored);
      throw new DomainError('TOKEN_INVALID');
    }
    const user = await this.db.getRepository(User).findOneByOrFail({ id: stored.userId });
    return this.issueTokens(user, stored.familyId);
  }

  /**
   * The console's cookie holds the only copy of its refresh token. A page reloaded while its refresh was under way never
   * receives the rotated cookie and sends the old one again, seconds later. Within LOST_ROTATION_GRACE_MS of the
   * rotation, while the token that replaced it is unused, that is a lost answer rather than a stolen copy: the unused
   * successor is revoked and the same sign-in goes on. Tokens sent in the body (API clients) get no such grace.
   */
  private async resumeLostRotation(stored: RefreshToken): Promise<TokenPair | null> {
    const rotatedAt = stored.revokedAt?.getTime();
    if (rotatedAt === undefined || Date.now() - rotatedAt > LOST_ROTATION_GRACE_MS) return null;
    const { affected } = await this.db.getRepository(RefreshToken).update(
      {
        familyId: stored.familyId,
        revokedAt: IsNull(),
        createdAt: MoreThanOrEqual(new Date(rotatedAt - CLOCK_SLACK_MS)),
      },
      { revokedAt: new Date() },
    );
    if (!affected) return null;
    await this.audit.record({
      actorId: stored.userId,
      action: 'auth.refresh-resumed',
      targetType: 'user',
      targetId: stored.userId,
      after: { familyId: stored.familyId },
    });
    const user = await this.db.getRepository(User).findOneByOrFail({ id: stored.userId });
    return this.issueTokens(user, stored.familyId);
  }

  private async revokeFamily(reused: RefreshToken): Promise<void> {
    const { affected } = await this.db
      .getRepository(RefreshToken)
      .update({ familyId: reused.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record({
      actorId: null,
      action: 'auth.refresh-token-reused',
      targetType: 'user',
      targetId: reused.userId,
      after: { familyId: reused.familyId, revoked: affected ?? 0 },
    });
  }

  async logout(userId: string, refreshToken?: string): Promise<void> {
    const tokens = this.db.getRepository(RefreshToken);
    if (refreshToken) await tokens.update({ userId, tokenHash: sha256(refreshToken) }, { revokedAt: new Date() });
    else await tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record({ actorId: userId, action: 'auth.logout', targetType: 'user', targetId: userId });
  }

  /**
   * Every other sign-in ends: its refresh tokens are revoked, and with them its access tokens (they name their refresh
   * family). The sign-in that changed the password (`keepFamily`, proven by the current password) stays.
   */
  async changePassword(userId: string, current: string, next: string, keepFamily?: string): Promise<void> {
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, current))) throw new DomainError('INVALID_CREDENTIALS');
    await this.db.transaction(async (m) => {
      await m.update(User, { id: userId }, { passwordHash: await hashPassword(next) });
      await m.update(
        RefreshToken,
        { userId, revokedAt: IsNull(), ...(keepFamily ? { familyId: Not(keepFamily) } : {}) },
        { revokedAt: new Date() },
      );
      await this.audit.record(
        { actorId: userId, action: 'auth.password-changed', targetType: 'user', targetId: userId },
        m,
      );
    });
  }

  /**
   * Every access token of this account stops working at its next request (the console and API clients refresh:
   * their refresh tokens are untouched here). For a member losing rights.
   */
  async revokeAccessTokens(userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.increment(User, { id: userId }, 'tokenVersion', 1);
  }

  /** The language the platform writes to this user in (notifications, e-mails) and the console starts in. */
  async setLocale(userId: string, locale: 'zh-CN' | 'en'): Promise<{ locale: 'zh-CN' | 'en' }> {
    await this.db.getRepository(User).update({ id: userId }, { locale });
    return { locale };
  }

  /**
   * Checks the signature, algorithm, expiry and type. Whether the sign-in is still live (its token version and refresh
   * family) is checked with the actor, by `ActorLoader.load(sub, session)`.
   */
  verifyAccessToken(token: string): { sub: string; session: AccessSession } {
    try {
      const payload = this.jwt.verify<{ sub: string; typ: string; ver: unknown; fam: unknown }>(token);
      if (
        payload.typ !== 'access' ||
        !Number.isInteger(payload.ver) ||
        typeof payload.fam !== 'string' ||
        !isUUID(payload.fam)
      )
        throw new Error('not an access token');
      return { sub: payload.sub, session: { version: payload.ver as number, family: payload.fam } };
    } catch {
      throw new DomainError('TOKEN_INVALID');
    }
  }

  private async issueTokens(user: User, familyId: string = randomUUID()): Promise<TokenPair> {
    const { tokenVersion } = (await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.tokenVersion', 'tokenVersion')
      .where('u.id = :id', { id: user.id })
      .getRawOne<{ tokenVersion: number }>()) ?? { tokenVersion: 0 };
    const accessToken = this.jwt.sign(
      { sub: user.id, typ: 'access', ver: tokenVersion, fam: familyId },
      { expiresIn: this.env.JWT_ACCESS_TTL_S },
    );
    const refreshToken = randomBytes(32).toString('base64url');
    await this.db.getRepository(RefreshToken).insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + this.env.JWT_REFRESH_TTL_S * 1000),
      revokedAt: null,
    });
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.env.JWT_ACCESS_TTL_S,
      user: {
        id: user.id,
        displayName: user.displayName,
        email: user.email,
        mobile: user.mobile,
        locale: user.locale,
        isPlatformAdmin: user.isPlatformAdmin,
      },
    };
  }
}
