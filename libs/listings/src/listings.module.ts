import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { CapabilitiesService } from './capabilities/capabilities.service';
import { ExpertProfileReview } from './experts/expert-profile-review.service';
import { ExpertProfileService } from './experts/expert-profile.service';
import { WorkstationExpertsService } from './experts/workstation-experts.service';
import { ImportService } from './import/import.service';
import { ListingExpiry } from './lifecycle/listing-expiry.service';
import { ListingLifecycle } from './lifecycle/listing-lifecycle.service';
import { ReviewQueue } from './lifecycle/review-queue.service';
import { NeedConfidentiality } from './needs/need-confidentiality';
import { NeedsService } from './needs/needs.service';

@Module({
  imports: [IdentityModule],
  providers: [
    ImportService,
    ListingLifecycle,
    NeedConfidentiality,
    NeedsService,
    CapabilitiesService,
    ReviewQueue,
    ListingExpiry,
    ExpertProfileService,
    ExpertProfileReview,
    WorkstationExpertsService,
  ],
  exports: [
    ImportService,
    ListingLifecycle,
    NeedConfidentiality,
    NeedsService,
    CapabilitiesService,
    ReviewQueue,
    ListingExpiry,
    ExpertProfileService,
    ExpertProfileReview,
    WorkstationExpertsService,
  ],
})
export class ListingsModule {}
