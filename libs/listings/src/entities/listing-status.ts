export const LISTING_STATUSES = ['draft', 'submitted', 'published', 'closed', 'expired', 'resolved'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const COOPERATION_MODES = [
  'joint_rnd',
  'tech_transfer',
  'consulting',
  'training',
  'shared_equipment',
  'other',
] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

/** Chinese names as users write them (联合攻关 …), accepted on import. */
export const COOPERATION_MODE_NAMES: Record<CooperationMode, { zh: string; en: string }> = {
  joint_rnd: { zh: '联合攻关', en: 'Joint R&D' },
  tech_transfer: { zh: '成果转化', en: 'Technology transfer' },
  consulting: { zh: '技术咨询', en: 'Consulting' },
  training: { zh: '人才培养', en: 'Training' },
  shared_equipment: { zh: '设备共享', en: 'Shared equipment' },
  other: { zh: '其他', en: 'Other' },
};

export function parseCooperationMode(input: string): CooperationMode | null {
  const s = input.trim().toLowerCase();
  for (const [mode, names] of Object.entries(COOPERATION_MODE_NAMES)) {
    if (s === mode || s === names.zh || s === names.en.toLowerCase()) return mode as CooperationMode;
  }
  return null;
}
