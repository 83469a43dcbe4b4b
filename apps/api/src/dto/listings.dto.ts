import { LISTING_LIMITS, LISTING_STATUSES, ListingStatus, ListingType } from '@app/listings';
import { PageQuery } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListingsQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'true: the listings of your own organisations, in any status (sign-in required); otherwise published ones' })
  @IsOptional() @Transform(({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value)) @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ enum: LISTING_STATUSES }) @IsOptional() @IsIn(LISTING_STATUSES) status?: ListingStatus;
}

export class ReturnListingDto {
  @ApiProperty({ description: 'Why it goes back; the owner sees it', example: '请补充现有设备型号和期望的节拍。' })
  @IsString() @IsNotEmpty() @MaxLength(LISTING_LIMITS.reason) reason: string;
}

export class ReviewQueueQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: ['need', 'capability'], description: 'Both when absent' }) @IsOptional() @IsIn(['need', 'capability']) type?: ListingType;
}
