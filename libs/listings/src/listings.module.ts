import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { ImportService } from './import/import.service';

@Module({
  imports: [IdentityModule],
  providers: [ImportService],
  exports: [ImportService],
})
export class ListingsModule {}
