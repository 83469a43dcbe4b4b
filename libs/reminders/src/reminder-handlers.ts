import { Injectable } from '@nestjs/common';
import { REMINDER_KINDS, ReminderHandler, ReminderKind } from './reminder-kinds';

/**
 * Which handler delivers each kind. Domain modules register theirs when they start (brokerage owns the engagement
 * reminders, this module the listing ones), so reminders depend on no domain and no domain on a cycle.
 */
@Injectable()
export class ReminderHandlers {
  private readonly byKind = new Map<ReminderKind, ReminderHandler>();
  private readonly handlers: ReminderHandler[] = [];

  register(handler: ReminderHandler): void {
    if (this.handlers.includes(handler)) return;
    for (const kind of handler.kinds) {
      if (this.byKind.has(kind)) throw new Error(`two handlers for reminder kind ${kind}`);
      this.byKind.set(kind, handler);
    }
    this.handlers.push(handler);
  }

  for(kind: string): ReminderHandler | undefined {
    return this.byKind.get(kind as ReminderKind);
  }

  all(): readonly ReminderHandler[] {
    return this.handlers;
  }

  /** Called when the worker boots: a kind nobody delivers is a bug, not a silent backlog. */
  assertEveryKindHandled(): void {
    const missing = REMINDER_KINDS.filter((k) => !this.byKind.has(k));
    if (missing.length) throw new Error(`no handler for reminder kinds: ${missing.join(', ')}`);
  }
}
