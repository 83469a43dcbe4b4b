import { Access, DirectoryService } from '@app/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryOrganizationsPageDto, DirectoryOrganizationsQueryDto, DirectoryUsersPageDto, DirectoryUsersQueryDto } from '../dto/directory.dto';

/** The platform's accounts and organisations, for platform admins. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('users')
  @Access('admin')
  @ApiOperation({ summary: 'Every account, newest first, by name / e-mail / mobile and admin flag' })
  @ApiOkResponse({ type: DirectoryUsersPageDto })
  users(@Query() query: DirectoryUsersQueryDto) {
    return this.directory.users(query);
  }

  @Get('organizations')
  @Access('admin')
  @ApiOperation({ summary: 'Every organisation, newest first, by name, type and region' })
  @ApiOkResponse({ type: DirectoryOrganizationsPageDto })
  organizations(@Query() query: DirectoryOrganizationsQueryDto) {
    return this.directory.organizations(query);
  }
}
