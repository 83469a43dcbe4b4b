import { Access } from '@app/identity';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/** The cheapest answer the app can give: the baseline of the API-throughput benchmark (unlike health, it touches no server). */
@ApiTags('health')
@Controller('ping')
export class PingController {
  @Get()
  @Access('public')
  @ApiOperation({ summary: 'Liveness of this process only: {ok: true}' })
  @ApiOkResponse({
    schema: { type: 'object', properties: { ok: { type: 'boolean', enum: [true] } }, required: ['ok'] },
  })
  ping() {
    return { ok: true };
  }
}
