import { PageQuery } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional } from 'class-validator';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value[value.length - 1] : value) === 'true' || value === true)
  @IsBoolean()
  unread?: boolean;
}

export class EmailPreferencesBody {
  @ApiProperty({
    description: 'Kind → whether it is also sent by e-mail, e.g. {"engagement.message": false}',
    example: { 'engagement.message': false },
  })
  @IsObject()
  email: Record<string, boolean>;
}
