import { languageFrom } from '@app/common';
import { Access, Actor, CurrentActor } from '@app/identity';
import { CapabilityImportRequest, ImportService, NeedImportRequest, ProviderImportRequest } from '@app/listings';
import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportReportDto } from '../dto/import.dto';

/** Bulk import on organisations' behalf. Rows are validated one by one; the report names each bad row's index and fields. */
@ApiTags('import')
@ApiBearerAuth()
@Controller('import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('providers')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Import experts, societies and workstations (idempotent by externalId)' })
  @ApiOkResponse({ type: ImportReportDto })
  providers(
    @Body() body: ProviderImportRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') lang?: string,
  ) {
    return this.imports.importProviders(body.items, actor, languageFrom(lang));
  }

  @Post('needs')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: 'Import technical needs, published directly (idempotent by externalId)' })
  @ApiOkResponse({ type: ImportReportDto })
  needs(@Body() body: NeedImportRequest, @CurrentActor() actor: Actor, @Headers('accept-language') lang?: string) {
    return this.imports.importNeeds(body.items, actor, languageFrom(lang));
  }

  @Post('capabilities')
  @HttpCode(200)
  @Access('coordinator')
  @ApiOperation({ summary: "Import capabilities; each names its provider's externalId (providerExternalId)" })
  @ApiOkResponse({ type: ImportReportDto })
  capabilities(
    @Body() body: CapabilityImportRequest,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') lang?: string,
  ) {
    return this.imports.importCapabilities(body.items, actor, languageFrom(lang));
  }
}
