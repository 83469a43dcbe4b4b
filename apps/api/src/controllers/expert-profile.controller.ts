import { Access, Actor, CurrentActor } from '@app/identity';
import { ExpertProfileService } from '@app/listings';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExpertProfileDto, ExpertProfileViewDto } from '../dto/expert-profile.dto';

/** An expert's own profile: title, affiliation, disciplines, research interests, publications, patents and achievements. */
@ApiTags('experts')
@ApiBearerAuth()
@Controller('me/expert-profile')
export class ExpertProfileController {
  constructor(private readonly profiles: ExpertProfileService) {}

  @Get()
  @Access('user')
  @ApiOperation({ summary: 'My expert profile (404 until I create one)' })
  @ApiOkResponse({ type: ExpertProfileViewDto })
  get(@CurrentActor() actor: Actor) {
    return this.profiles.get(actor);
  }

  @Put()
  @Access('user')
  @ApiOperation({
    summary:
      'Create or replace my expert profile. A new profile waits for review by a coordinator of its region; an edit of an approved one waits too while the approved profile stays public',
  })
  @ApiOkResponse({ type: ExpertProfileViewDto })
  save(@Body() dto: ExpertProfileDto, @CurrentActor() actor: Actor) {
    return this.profiles.save(actor, dto);
  }
}
