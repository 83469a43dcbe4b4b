import { Clock, endOfQuietHours } from '@app/common';
import { IdentityReads, MailRecipient } from '@app/identity';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Locale, NotificationKind, NotificationParams, renderEmail } from './notification-templates';

export interface NotifyInput {
  kind: NotificationKind;
  /** User ids; duplicates and nulls are dropped. */
  recipients: (string | null | undefined)[];
  params: NotificationParams;
  /** Identifies the event; each recipient's notification is keyed `${dedupeKey}:${userId}`, so an event notifies a user once. */
  dedupeKey: string;
  subject?: { type: string; id: string };
  link?: string;
  /** 'inbox' never e-mails; 'email' (default) also e-mails users who have not muted this kind. */
  channel?: 'email' | 'inbox';
}

interface Recipient extends MailRecipient {
  muted: string[] | null;
}

/**
 * Writes notifications inside the caller's transaction: one inbox row per recipient and, when wanted, one e-mail in the
 * outbox. Both are keyed by a unique dedupe key, so a retried or repeated event writes nothing new. The outbox is sent
 * after commit by MailSender; e-mail written during quiet hours waits until 08:00 Shanghai time.
 */
@Injectable()
export class Notifier {
  constructor(private readonly clock: Clock) {}

  /** Returns the ids of the e-mails written, for sending right after commit. */
  async notify(manager: EntityManager, input: NotifyInput): Promise<string[]> {
    const [emailIds] = await this.notifyMany(manager, [input]);
    return emailIds;
  }

  /**
   * The task these notifications announced was dealt with: they are done, and read, for every recipient (another
   * coordinator's inbox no longer shows it as waiting).
   */
  async settle(
    manager: EntityManager,
    subject: { type: string; id: string },
    kinds: NotificationKind[],
  ): Promise<number> {
    const now = this.clock.now();
    const [, count] = await manager.query<[unknown[], number | undefined]>(
      `update notifications set done_at = $4, read_at = coalesce(read_at, $4), updated_at = now()
        where subject_id = $1 and subject_type = $2 and kind = any($3) and done_at is null`,
      [subject.id, subject.type, kinds, now],
    );
    return count ?? 0;
  }

  /** Several events at once (null: none), in three statements whatever their number; the e-mail ids written for each. */
  async notifyMany(manager: EntityManager, inputs: (NotifyInput | null)[]): Promise<string[][]> {
    const byKey = new Map<string, { i: number; userId: string; key: string }>(); // an event repeated in the same call notifies once
    inputs.forEach((input, i) =>
      input?.recipients.forEach((userId) => {
        const key = `${input.dedupeKey}:${userId}`;
        if (userId && !byKey.has(key)) byKey.set(key, { i, userId, key });
      }),
    );
    const rows = [...byKey.values()];
    const emailIds = inputs.map((): string[] => []);
    if (!rows.length) return emailIds;
    const now = this.clock.now();
    const of = <T>(pick: (input: NotifyInput) => T) => rows.map((r) => pick(inputs[r.i]!));
    const inserted: { id: string; dedupe_key: string }[] = await manager.query(
      `insert into notifications (user_id, kind, params, link, subject_type, subject_id, dedupe_key, occurred_at)
       select n.user_id, n.kind, n.params::jsonb, n.link, n.subject_type, n.subject_id, n.dedupe_key, $8
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[]) as n(user_id, kind, params, link, subject_type, subject_id, dedupe_key)
       on conflict (dedupe_key) do nothing returning id, dedupe_key`,
      [
        rows.map((r) => r.userId),
        of((x) => x.kind),
        of((x) => JSON.stringify(x.params)),
        of((x) => x.link ?? null),
        of((x) => x.subject?.type ?? null),
        of((x) => x.subject?.id ?? null),
        rows.map((r) => r.key),
        now,
      ],
    );
    const notificationOf = new Map(inserted.map((n) => [n.dedupe_key, n.id]));
    const toMail = rows.filter((r) => notificationOf.has(r.key) && inputs[r.i]!.channel !== 'inbox');
    if (!toMail.length) return emailIds;
    const byUser = await this.recipients(
      manager,
      toMail.map((r) => r.userId),
    );
    const notBefore = endOfQuietHours(now);
    const mails = toMail.flatMap((r) => {
      const input = inputs[r.i]!;
      const user = byUser.get(r.userId);
      if (!user?.email || user.muted?.includes(input.kind)) return [];
      const locale: Locale = user.locale === 'en' ? 'en' : 'zh-CN';
      const mail = renderEmail(input.kind, input.params, locale, user.displayName);
      return [
        {
          i: r.i,
          notificationId: notificationOf.get(r.key),
          userId: r.userId,
          to: user.email,
          kind: input.kind,
          locale,
          ...mail,
          key: `${r.key}:email`,
        },
      ];
    });
    if (!mails.length) return emailIds;
    const col = <K extends keyof (typeof mails)[number]>(k: K) => mails.map((m) => m[k]);
    const written: { id: string; dedupe_key: string }[] = await manager.query(
      `insert into email_outbox (notification_id, user_id, to_address, kind, locale, subject, text_body, dedupe_key, not_before)
       select m.*, $9 from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) as m
       on conflict (dedupe_key) do nothing returning id, dedupe_key`,
      [
        col('notificationId'),
        col('userId'),
        col('to'),
        col('kind'),
        col('locale'),
        col('subject'),
        col('text'),
        col('key'),
        notBefore,
      ],
    );
    const mailOf = new Map(written.map((w) => [w.dedupe_key, w.id]));
    for (const m of mails) if (mailOf.has(m.key)) emailIds[m.i].push(mailOf.get(m.key)!);
    return emailIds;
  }

  /** The accounts' addresses (identity's) with the kinds each muted (this module's preferences). */
  private async recipients(manager: EntityManager, userIds: string[]): Promise<Map<string, Recipient>> {
    const users = await IdentityReads.mailRecipients(manager, userIds);
    const prefs = users.length
      ? await manager.query<{ user_id: string; muted: string[] | null }[]>(
          'select user_id, email_muted_kinds as muted from notification_preferences where user_id = any($1)',
          [users.map((u) => u.id)],
        )
      : [];
    const mutedOf = new Map(prefs.map((p) => [p.user_id, p.muted]));
    return new Map(users.map((u) => [u.id, { ...u, muted: mutedOf.get(u.id) ?? null }]));
  }
}
