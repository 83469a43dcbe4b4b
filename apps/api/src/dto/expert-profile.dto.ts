import { PROFILE_REVIEW_STATES, ProfileReviewState, PUBLICATION_KINDS, PublicationKind } from '@app/listings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { RegionRefDto } from './organizations.dto';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class ExpertWorkDto {
  @ApiPropertyOptional({
    enum: PUBLICATION_KINDS,
    default: 'publication',
    description: 'publication 论文 · patent 专利 · achievement 成果',
  })
  @IsOptional()
  @IsIn(PUBLICATION_KINDS)
  kind?: PublicationKind;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) title: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) abstract?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1900) @Max(2100) year?: number;
}

/** The whole profile; saving replaces it (fields left out are cleared). */
export class ExpertProfileDto {
  @ApiPropertyOptional({ description: 'Defaults to the account’s display name' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name?: string;
  @ApiPropertyOptional({ example: '研究员', description: '院士, 教授, 研究员, 高级工程师 …' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;
  @ApiPropertyOptional({ example: '华南理工大学' }) @IsOptional() @IsString() @MaxLength(300) affiliation?: string;
  @ApiPropertyOptional({ description: 'Region code or name' }) @IsOptional() @IsString() @MaxLength(64) region?: string;
  @ApiPropertyOptional({ type: [String], description: 'Disciplines: field codes or names (see GET /api/v1/fields)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  fields?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Research interests' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  keywords?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) bio?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() available?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) contactEmail?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) contactPhone?: string;
  @ApiPropertyOptional({ type: [ExpertWorkDto], description: 'Publications, patents and achievements (up to 500)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExpertWorkDto)
  publications?: ExpertWorkDto[];
}

export class ExpertWorkViewDto {
  @ApiProperty({ enum: PUBLICATION_KINDS }) kind: PublicationKind;
  @ApiProperty() title: string;
  @ApiProperty() abstract: string;
  @ApiProperty({ type: 'integer', nullable: true }) year: number | null;
}

export class ExpertWorkstationDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Listed by the station, waiting for my consent' }) awaitingConsent: boolean;
}

/** The expert's own profile as saved. */
export class ExpertProfileViewDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: RegionRefDto, nullable: true }) region: RegionRefDto | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({
    type: 'array',
    items: { type: 'string', nullable: true },
    description: 'The field code of each entry of `fields`, null when unknown (a name shown in either language)',
  })
  fieldCodes: (string | null)[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty() bio: string;
  @ApiProperty() available: boolean;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ type: [ExpertWorkViewDto] }) publications: ExpertWorkViewDto[];
  @ApiProperty({
    type: [ExpertWorkstationDto],
    description: 'Workstations that list me, including those waiting for my consent',
  })
  workstations: ExpertWorkstationDto[];
  @ApiProperty({
    enum: PROFILE_REVIEW_STATES,
    description:
      'submitted / returned: a new profile, public nowhere until a coordinator of its region approves it; approved: public; revision_submitted / revision_returned: an edit waiting or sent back while the approved profile stays public (the fields above show the edit, `revision` the approved one)',
  })
  reviewState: ProfileReviewState;
  @ApiProperty({ description: 'Shown in search and matching (as last approved)' }) published: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the coordinator sent it back' })
  returnReason: string | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When what waits for review was sent' })
  submittedAt: Date | null;
}

/** A profile's content in review: as proposed, or as the public sees it. */
export class ExpertProfileContentDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) affiliation: string | null;
  @ApiProperty({ type: String, nullable: true }) regionCode: string | null;
  @ApiProperty({ type: RegionRefDto, nullable: true }) region: RegionRefDto | null;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty() bio: string;
  @ApiProperty() available: boolean;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: [ExpertWorkViewDto] }) publications: ExpertWorkViewDto[];
}

/** An expert's profile as its reviewers see it. */
export class ExpertProfileReviewDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: PROFILE_REVIEW_STATES }) reviewState: ProfileReviewState;
  @ApiProperty({ type: String, nullable: true, description: 'The region whose coordinators review it' })
  regionCode: string | null;
  @ApiProperty({ type: RegionRefDto, nullable: true }) region: RegionRefDto | null;
  @ApiProperty({ type: String, nullable: true }) returnReason: string | null;
  @ApiProperty({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: ExpertProfileContentDto, description: 'What approval would publish' })
  proposed: ExpertProfileContentDto;
  @ApiProperty({
    type: ExpertProfileContentDto,
    nullable: true,
    description: 'What the public sees now; null until approved once',
  })
  published: ExpertProfileContentDto | null;
}
