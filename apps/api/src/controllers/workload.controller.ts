import { Access, Actor, CurrentActor } from '@app/identity';
import {
  AssignBody,
  AssignmentViewDto,
  AssociationLoadDto,
  WorkAssignments,
  WorkItems,
  WorkItemsDto,
  WorkItemsQuery,
} from '@app/workload';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/** Coordinators' open items (reviews, introductions awaiting answers, engagements under way), their load, and assignments. */
@ApiTags('workload')
@ApiBearerAuth()
@Controller('workload')
export class WorkloadController {
  constructor(
    private readonly items: WorkItems,
    private readonly assignments: WorkAssignments,
  ) {}

  @Get('me')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'My open items, oldest first, with waiting time and overdue follow-ups (assigned to me, or mine as my association’s default coordinator)',
  })
  @ApiOkResponse({ type: WorkItemsDto })
  mine(@Query() query: WorkItemsQuery, @CurrentActor() actor: Actor) {
    return this.items.mine(actor, query);
  }

  @Get('associations/:id')
  @Access('coordinator')
  @ApiOperation({
    summary:
      'Every coordinator of the association with their open items by kind, overdue ones and review response time',
  })
  @ApiOkResponse({ type: AssociationLoadDto })
  load(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.items.load(actor, id);
  }

  @Get('associations/:id/items')
  @Access('coordinator')
  @ApiOperation({
    summary: 'The open items the association’s coordinators hold, oldest first; assigneeId and kind narrow them',
  })
  @ApiOkResponse({ type: WorkItemsDto })
  associationItems(@Param('id') id: string, @Query() query: WorkItemsQuery, @CurrentActor() actor: Actor) {
    return this.items.ofAssociation(actor, id, query);
  }

  @Post('assignments')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({
    summary:
      'Assign or reassign a listing under review or an engagement to a coordinator in charge of it (audited as workload.assigned; the assignee is notified)',
  })
  @ApiOkResponse({ type: AssignmentViewDto })
  assign(@Body() body: AssignBody, @CurrentActor() actor: Actor) {
    return this.assignments.assign(actor, body);
  }
}
