import { DomainError, FieldError } from '@app/common';
import { findRegion, resolveField } from '@app/reference';
import { ChallengeInput, ProposalInput } from './dto/challenges.dto';
import { Criterion, criteriaOf, ScheduleItem, TeamMember } from './challenge-rules';
import { Challenge } from './entities/challenge.entity';
import { ChallengeMilestone } from './entities/challenge-milestone.entity';

export interface CallContent {
  columns: Pick<
    Challenge,
    | 'title'
    | 'callText'
    | 'deadline'
    | 'rewardMin'
    | 'rewardMax'
    | 'eligibleRegions'
    | 'eligibleKinds'
    | 'minQualifications'
    | 'fields'
    | 'criteria'
    | 'inviteCount'
  >;
  milestones: { seq: number; title: string; acceptanceCriteria: string; dueAt: Date }[];
}

/** Checks a call as a whole (what the DTO cannot: dates against each other and the clock, regions, fields, weights) and names every bad field. */
export function callContent(input: ChallengeInput, need: { title: string; fields: string[] }, now: Date): CallContent {
  const errors: FieldError[] = [];
  const deadline = new Date(input.deadline);
  if (deadline.getTime() <= now.getTime()) errors.push({ field: 'deadline', constraint: 'notPast' });
  if (input.rewardMin !== undefined && input.rewardMax !== undefined && input.rewardMax < input.rewardMin)
    errors.push({ field: 'rewardMax', constraint: 'rewardRange' });
  const eligibleRegions = (input.eligibleRegions ?? []).flatMap((value, i) => {
    const region = findRegion(value.trim());
    if (!region) errors.push({ field: `eligibleRegions[${i}]`, constraint: 'isRegion', params: { value } });
    return region ? [region.code] : [];
  });
  const own = !!input.fields?.length;
  const fields = fieldCodes(own ? input.fields! : need.fields, own ? errors : []);
  const criteria: Criterion[] = criteriaOf(input.criteria, errors);
  let previous = deadline;
  const milestones = input.milestones.map((ms, i) => {
    const dueAt = new Date(ms.dueAt);
    if (dueAt.getTime() < previous.getTime())
      errors.push({
        field: `milestones[${i}].dueAt`,
        constraint: i === 0 ? 'afterDeadline' : 'afterPreviousMilestone',
      });
    previous = dueAt;
    return { seq: i + 1, title: ms.title.trim(), acceptanceCriteria: ms.acceptanceCriteria.trim(), dueAt };
  });
  if (errors.length) throw DomainError.validation(errors);
  return {
    columns: {
      title: input.title?.trim() || need.title,
      callText: input.callText.trim(),
      deadline,
      rewardMin: input.rewardMin === undefined ? null : String(input.rewardMin),
      rewardMax: input.rewardMax === undefined ? null : String(input.rewardMax),
      eligibleRegions: [...new Set(eligibleRegions)],
      eligibleKinds: [...new Set(input.eligibleKinds ?? [])],
      minQualifications: input.minQualifications?.trim() || null,
      fields,
      criteria,
      inviteCount: input.inviteCount ?? 5,
    },
    milestones,
  };
}

/** Taxonomy codes of the fields given; unknown ones are reported when `errors` collects them (the need's own are skipped). */
function fieldCodes(values: string[], errors: FieldError[]): string[] {
  const codes = values.flatMap((value, i) => {
    const field = resolveField(value.trim());
    if (!field) errors.push({ field: `fields[${i}]`, constraint: 'isField', params: { value } });
    return field ? [field.code] : [];
  });
  return [...new Set(codes)];
}

export interface ProposalContent {
  approach: string;
  team: TeamMember[];
  schedule: ScheduleItem[];
  price: string;
  attachments: { name: string; url: string }[];
}

/** A proposal against the call: one planned date per milestone, the qualifications confirmed when the call sets some. */
export function proposalContent(
  input: ProposalInput,
  challenge: Challenge,
  milestones: ChallengeMilestone[],
): ProposalContent {
  const errors: FieldError[] = [];
  const seqs = new Set(milestones.map((m) => m.seq));
  const planned = new Set<number>();
  input.schedule.forEach((item, i) => {
    if (!seqs.has(item.milestone))
      errors.push({
        field: `schedule[${i}].milestone`,
        constraint: 'notAMilestone',
        params: { value: item.milestone },
      });
    planned.add(item.milestone);
  });
  const missing = [...seqs].filter((s) => !planned.has(s));
  if (missing.length)
    errors.push({ field: 'schedule', constraint: 'everyMilestonePlanned', params: { value: missing.join(', ') } });
  if (challenge.minQualifications && input.meetsQualifications !== true)
    errors.push({ field: 'meetsQualifications', constraint: 'mustConfirmQualifications' });
  if (errors.length) throw DomainError.validation(errors);
  return {
    approach: input.approach.trim(),
    team: input.team.map((t) => ({
      name: t.name.trim(),
      role: t.role.trim(),
      affiliation: t.affiliation?.trim() || null,
    })),
    schedule: [...input.schedule]
      .sort((a, b) => a.milestone - b.milestone)
      .map((s) => ({ milestone: s.milestone, plannedDate: s.plannedDate, note: s.note?.trim() || null })),
    price: String(input.price),
    attachments: (input.attachments ?? []).map((a) => ({ name: a.name.trim(), url: a.url.trim() })),
  };
}
