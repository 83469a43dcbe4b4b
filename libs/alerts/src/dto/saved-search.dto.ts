import { PROVIDER_KINDS } from '@app/listings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  ALERT_FREQUENCIES,
  AlertFrequency,
  SAVED_SEARCH_KINDS,
  SavedSearchKind,
} from '../entities/saved-search.entity';

export class CreateSavedSearchBody {
  @ApiProperty({ maxLength: 100, description: 'How the user calls it (shown in the digest)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({
    enum: SAVED_SEARCH_KINDS,
    description: 'needs, capabilities, or matches: needs that matching ranks the signed-in expert for (experts only)',
  })
  @IsIn(SAVED_SEARCH_KINDS)
  kind: SavedSearchKind;

  @ApiPropertyOptional({ maxLength: 200, description: 'Free text, Chinese or English, as on the search page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Field taxonomy code or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  field?: string;

  @ApiPropertyOptional({ description: 'Region code or name; matches the region and everything inside it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ description: 'Cooperation / service mode' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  mode?: string;

  @ApiPropertyOptional({ enum: PROVIDER_KINDS, description: 'capabilities only' })
  @IsOptional()
  @IsIn(PROVIDER_KINDS)
  providerType?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description: 'matches only: the lowest match score worth an alert (60 when left out)',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ enum: ALERT_FREQUENCIES, description: 'daily when left out' })
  @IsOptional()
  @IsIn(ALERT_FREQUENCIES)
  frequency?: AlertFrequency;
}

export class UpdateSavedSearchBody {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: ALERT_FREQUENCIES })
  @IsOptional()
  @IsIn(ALERT_FREQUENCIES)
  frequency?: AlertFrequency;

  @ApiPropertyOptional({ description: 'true pauses the alerts (nothing is collected or sent), false resumes them' })
  @IsOptional()
  @IsBoolean()
  paused?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'matches only' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  minScore?: number;
}

export class UnsubscribeBody {
  @ApiProperty({ description: 'The token of the unsubscribe link in a digest e-mail' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class SavedSearchDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SAVED_SEARCH_KINDS }) kind: SavedSearchKind;
  @ApiProperty({ type: String, nullable: true }) q: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Field code' }) field: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Region code' }) region: string | null;
  @ApiProperty({ type: String, nullable: true }) mode: string | null;
  @ApiProperty({ type: String, nullable: true }) providerType: string | null;
  @ApiProperty({ type: Number, nullable: true }) minScore: number | null;
  @ApiProperty({ enum: ALERT_FREQUENCIES }) frequency: AlertFrequency;
  @ApiProperty() paused: boolean;
  @ApiProperty({ description: 'Listings found and not yet sent' }) waiting: number;
  @ApiProperty({ description: 'Listings sent so far' }) delivered: number;
  @ApiProperty() createdAt: string;
}

export class SavedSearchListDto {
  @ApiProperty({ type: [SavedSearchDto] }) items: SavedSearchDto[];
}

export class UnsubscribedDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Always true: the saved search sends nothing more until its owner resumes it' })
  paused: boolean;
}
