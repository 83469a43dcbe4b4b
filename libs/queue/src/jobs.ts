/** Every queue and every job, with its payload. A payload carries ids only; processors re-read the rows. */
export enum QueueName {
  SearchSync = 'search-sync',
  Matching = 'matching',
  Maintenance = 'maintenance',
}

export interface JobPayloads {
  'search.drain': Record<string, never>;
  'matching.need': { needId: string };
  'matching.provider': { providerId: string };
  'matching.refresh-all': Record<string, never>;
  'maintenance.sweep': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  'search.drain': QueueName.SearchSync,
  'matching.need': QueueName.Matching,
  'matching.provider': QueueName.Matching,
  'matching.refresh-all': QueueName.Matching,
  'maintenance.sweep': QueueName.Maintenance,
};

export const ALL_QUEUES = Object.values(QueueName);
