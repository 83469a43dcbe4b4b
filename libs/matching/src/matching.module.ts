import { SearchModule } from '@app/search';
import { Module } from '@nestjs/common';
import { CandidateRetriever } from './candidate-retriever';
import { MatchQueriesService } from './match-queries.service';
import { MatchingService } from './matching.service';
import { ProfileLoader } from './profiles/profile-loader';
import { TrackRecords } from './track-record/track-records';

@Module({
  imports: [SearchModule],
  providers: [MatchingService, MatchQueriesService, ProfileLoader, CandidateRetriever, TrackRecords],
  exports: [MatchingService, MatchQueriesService],
})
export class MatchingModule {}
