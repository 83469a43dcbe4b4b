import { FieldErrorResponse } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ImportFailureDto {
  @ApiProperty({ type: 'integer', description: 'Position of the row in `items`, from 0' }) index: number;
  @ApiPropertyOptional() externalId?: string;
  @ApiPropertyOptional({
    description: 'Set when the row failed for a reason other than its fields, e.g. OUTSIDE_JURISDICTION',
  })
  code?: string;
  @ApiProperty({ type: [FieldErrorResponse] }) errors: FieldErrorResponse[];
}

class ImportWarningDto {
  @ApiProperty({ type: 'integer' }) index: number;
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

/** What an import did, row by row: a bad row fails alone. */
export class ImportReportDto {
  @ApiProperty({ type: 'integer' }) created: number;
  @ApiProperty({ type: 'integer' }) updated: number;
  @ApiProperty({ type: 'integer' }) unchanged: number;
  @ApiProperty({ type: [ImportFailureDto] }) failed: ImportFailureDto[];
  @ApiProperty({ type: [ImportWarningDto] }) warnings: ImportWarningDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'externalId → id of each imported row',
  })
  ids: Record<string, string>;
}
