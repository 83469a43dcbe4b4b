import { Clock } from '@app/common';
import { Module } from '@nestjs/common';
import { InboxService } from './inbox.service';
import { MailSender } from './mail-sender.service';
import { Notifier } from './notifier.service';

@Module({
  providers: [Clock, Notifier, InboxService, MailSender],
  exports: [Clock, Notifier, InboxService, MailSender],
})
export class NotificationsModule {}
