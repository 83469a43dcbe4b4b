import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({
    description: 'The field as the request names it (`(path)` for an undecodable path)',
    example: 'title',
  })
  field: string;
  @ApiProperty({ description: 'The rule it broke', example: 'isNotEmpty' }) constraint: string;
  @ApiProperty({ description: 'What is wrong, in the caller’s language', example: '标题不能为空' }) message: string;
}

/** The one body of every error answer (see DomainErrorFilter): `ErrorBody` as OpenAPI describes it. */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode: number;
  @ApiProperty({
    description: 'Stable machine-readable code (ErrorCode, or INTERNAL / PAYLOAD_TOO_LARGE)',
    example: 'NOT_FOUND',
  })
  code: string;
  @ApiProperty({ description: 'For people, in zh-CN or en by Accept-Language' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'One entry per invalid field (VALIDATION_FAILED)' })
  errors?: FieldErrorResponse[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Code-specific details, e.g. `allowed` actions of INVALID_TRANSITION',
  })
  details?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'The request id, also in the logs' }) requestId?: string;
}
