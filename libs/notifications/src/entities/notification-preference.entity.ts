import { BaseEntity } from '@app/database';
import { Column, Entity, Index } from 'typeorm';

/** Which kinds of notification a user does not want by e-mail (the inbox always gets them). */
@Entity('notification_preferences')
export class NotificationPreference extends BaseEntity {
  @Index({ unique: true }) @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text', array: true, default: '{}' }) emailMutedKinds: string[];
}
