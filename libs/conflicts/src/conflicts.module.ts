import { Module } from '@nestjs/common';
import { ConflictDeclarations } from './conflict-declarations.service';
import { ConflictScreen } from './conflict-screen.service';

/** Conflict-of-interest screening: declarations, the screen brokerage consults before an introduction, overrides. */
@Module({
  providers: [ConflictDeclarations, ConflictScreen],
  exports: [ConflictDeclarations, ConflictScreen],
})
export class ConflictsModule {}
