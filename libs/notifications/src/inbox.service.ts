import { DomainError, Page, Clock } from '@app/common';
import { Actor } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';
import { NOTIFICATION_KINDS, NotificationKind, renderNotification } from './notification-templates';

export interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  subjectType: string | null;
  subjectId: string | null;
  occurredAt: Date;
  readAt: Date | null;
  /** The task it announced was dealt with (see Notifier.settle). */
  doneAt: Date | null;
}

export interface EmailPreferences {
  /** For every kind: true when it is also sent by e-mail. */
  email: Record<NotificationKind, boolean>;
}

/** A user's in-app inbox and e-mail preferences; everything is scoped to the signed-in user. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    query: { unread?: boolean; page: number; limit: number },
  ): Promise<Page<InboxItem> & { unread: number }> {
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: actor.userId });
    if (query.unread) qb.andWhere('n.read_at is null');
    const [rows, total] = await qb
      .orderBy('n.occurred_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    const items = rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      ...renderNotification(n.kind, n.params, actor.locale),
      link: n.link,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      occurredAt: n.occurredAt,
      readAt: n.readAt,
      doneAt: n.doneAt,
    }));
    return { items, total, page: query.page, limit: query.limit, unread: await this.unreadCount(actor) };
  }

  async unreadCount(actor: Actor): Promise<number> {
    return this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId and n.read_at is null', { userId: actor.userId })
      .getCount();
  }

  async markRead(actor: Actor, id: string): Promise<{ id: string; readAt: Date }> {
    if (!isUUID(id)) throw DomainError.notFound('notification');
    const found = await this.db.getRepository(Notification).findOneBy({ id, userId: actor.userId });
    if (!found) throw DomainError.notFound('notification');
    const readAt = found.readAt ?? this.clock.now();
    if (!found.readAt) await this.db.getRepository(Notification).update({ id }, { readAt });
    return { id, readAt };
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    const result = await this.db.query<[unknown[], number | undefined]>(
      `update notifications set read_at = $2, updated_at = now() where user_id = $1 and read_at is null`,
      [actor.userId, this.clock.now()],
    );
    return { updated: result[1] ?? 0 };
  }

  async preferences(actor: Actor): Promise<EmailPreferences> {
    const found = await this.db.getRepository(NotificationPreference).findOneBy({ userId: actor.userId });
    const muted = new Set(found?.emailMutedKinds ?? []);
    return {
      email: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, !muted.has(k)])) as EmailPreferences['email'],
    };
  }

  /** Changes only the kinds named; unknown kinds are refused. */
  async updatePreferences(actor: Actor, email: Record<string, boolean>): Promise<EmailPreferences> {
    const unknown = Object.keys(email).filter((k) => !(NOTIFICATION_KINDS as string[]).includes(k));
    if (unknown.length)
      throw DomainError.validation(
        unknown.map((k) => ({ field: `email.${k}`, constraint: 'isIn', params: { 0: NOTIFICATION_KINDS.join(', ') } })),
      );
    const notBoolean = Object.entries(email).filter(([, v]) => typeof v !== 'boolean');
    if (notBoolean.length)
      throw DomainError.validation(notBoolean.map(([k]) => ({ field: `email.${k}`, constraint: 'isBoolean' })));
    const current = await this.preferences(actor);
    const merged = { ...current.email, ...email };
    const muted = NOTIFICATION_KINDS.filter((k) => !merged[k]);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(NotificationPreference)
      .values({ userId: actor.userId, emailMutedKinds: muted })
      .orUpdate(['email_muted_kinds', 'updated_at'], ['user_id'])
      .execute();
    return this.preferences(actor);
  }
}
