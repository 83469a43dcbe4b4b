import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { CandidateRetriever } from './candidate-retriever';
import { EvidenceStore } from './evidence/evidence-store';
import { ListingDerivationsModule } from './listing-derivations.module';
import { MatchQueriesService } from './match-queries.service';
import { MatchRunScheduler } from './match-run-scheduler';
import { MatchingService } from './matching.service';
import { TrackRecords } from './track-record/track-records';

@Module({
  imports: [SearchModule, ListingDerivationsModule],
  providers: [MatchingService, MatchQueriesService, CandidateRetriever, TrackRecords, EvidenceStore, MatchRunScheduler],
  exports: [MatchingService, MatchQueriesService, EvidenceStore, MatchRunScheduler],
})
export class MatchingModule {}
