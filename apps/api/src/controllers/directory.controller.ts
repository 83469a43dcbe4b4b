import { Access, DirectoryService } from '@app/identity';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DirectoryOrganizationDto,
  DirectoryOrganizationsQueryDto,
  DirectoryUserDto,
  DirectoryUsersQueryDto,
} from '../dto/directory.dto';
import { PageOf } from '@app/common';

/** The platform's accounts and organisations, for platform admins. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('users')
  @Access('admin')
  @ApiOperation({ summary: 'Every account, newest first, by name / e-mail / mobile and admin flag' })
  @ApiOkResponse({ type: PageOf(DirectoryUserDto) })
  users(@Query() query: DirectoryUsersQueryDto) {
    return this.directory.users(query);
  }

  @Get('organizations')
  @Access('admin')
  @ApiOperation({ summary: 'Every organisation, newest first, by name, type and region' })
  @ApiOkResponse({ type: PageOf(DirectoryOrganizationDto) })
  organizations(@Query() query: DirectoryOrganizationsQueryDto) {
    return this.directory.organizations(query);
  }
}
