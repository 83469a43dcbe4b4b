import { NOTIFICATION_KINDS, NotificationKind } from '@app/notifications';
import { ApiProperty } from '@nestjs/swagger';

export class InboxItemDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ description: 'In the reader’s language' }) title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, description: 'Where in the console it leads' }) link: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectType: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectId: string | null;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: Date, nullable: true }) readAt: Date | null;
  @ApiProperty({
    type: Date,
    nullable: true,
    description: 'The task it announced was dealt with, by the reader or someone else',
  })
  doneAt: Date | null;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxItemDto] }) items: InboxItemDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer', description: 'Unread notifications in the whole inbox' }) unread: number;
}

export class UnreadCountDto {
  @ApiProperty({ type: 'integer' }) unread: number;
}

export class MarkedReadDto {
  @ApiProperty() id: string;
  @ApiProperty() readAt: Date;
}

export class MarkedAllReadDto {
  @ApiProperty({ type: 'integer', description: 'How many were unread' }) updated: number;
}

/** For every notification kind: true when it is also sent by e-mail. */
export class EmailSwitchesDto {}
for (const kind of NOTIFICATION_KINDS) ApiProperty({ type: Boolean })(EmailSwitchesDto.prototype, kind);

export class EmailPreferencesDto {
  @ApiProperty({ type: EmailSwitchesDto }) email: Record<NotificationKind, boolean>;
}
