import { AuditService } from '@app/audit';
import { Access } from '@app/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEntryDto, AuditQueryDto } from '../dto/audit.dto';
import { PageOf } from '@app/common';

/** The audit log of sensitive actions, for platform admins. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access('admin')
  @ApiOperation({ summary: 'Who did what to which record, when, with the state before and after; newest first' })
  @ApiOkResponse({ type: PageOf(AuditEntryDto) })
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }
}
