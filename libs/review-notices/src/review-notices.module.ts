import { ListingsModule } from '@app/listings';
import { NotificationsModule } from '@app/notifications';
import { RemindersModule } from '@app/reminders';
import { Module } from '@nestjs/common';
import { ReviewNotices } from './review-notices.service';

/** Review events as notifications (see ReviewNotices); registers itself with the listings lifecycle on start. */
@Module({
  imports: [ListingsModule, NotificationsModule, RemindersModule],
  providers: [ReviewNotices],
  exports: [ReviewNotices],
})
export class ReviewNoticesModule {}
