import { Clock } from '@app/common/clock';
import { endOfQuietHours } from '@app/common/shanghai-time';
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

interface Recipient { id: string; email: string | null; locale: Locale; display_name: string; muted: string[] | null }

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
    const userIds = [...new Set(input.recipients.filter((id): id is string => !!id))];
    if (!userIds.length) return [];
    const now = this.clock.now();
    const inserted: { id: string; user_id: string }[] = await manager.query(
      `insert into notifications (user_id, kind, params, link, subject_type, subject_id, dedupe_key, occurred_at)
       select u, $2, $3::jsonb, $4, $5, $6, $7 || ':' || u, $8 from unnest($1::uuid[]) as u
       on conflict (dedupe_key) do nothing returning id, user_id`,
      [userIds, input.kind, JSON.stringify(input.params), input.link ?? null, input.subject?.type ?? null, input.subject?.id ?? null, input.dedupeKey, now],
    );
    if (!inserted.length || input.channel === 'inbox') return [];
    const recipients: Recipient[] = await manager.query(
      `select u.id, u.email, u.locale, u.display_name, p.email_muted_kinds as muted
         from users u left join notification_preferences p on p.user_id = u.id where u.id = any($1)`,
      [inserted.map((r) => r.user_id)],
    );
    const byUser = new Map(recipients.map((r) => [r.id, r]));
    const notBefore = endOfQuietHours(now);
    const emailIds: string[] = [];
    for (const row of inserted) {
      const user = byUser.get(row.user_id);
      if (!user?.email || user.muted?.includes(input.kind)) continue;
      const locale: Locale = user.locale === 'en' ? 'en' : 'zh-CN';
      const mail = renderEmail(input.kind, input.params, locale, user.display_name);
      const [written]: { id: string }[] = await manager.query(
        `insert into email_outbox (notification_id, user_id, to_address, kind, locale, subject, text_body, dedupe_key, not_before)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (dedupe_key) do nothing returning id`,
        [row.id, user.id, user.email, input.kind, locale, mail.subject, mail.text, `${input.dedupeKey}:${user.id}:email`, notBefore],
      );
      if (written) emailIds.push(written.id);
    }
    return emailIds;
  }
}
