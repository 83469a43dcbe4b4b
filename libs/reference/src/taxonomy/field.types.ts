/** One node of the two-level field taxonomy. Objects are frozen and shared. */
export interface Field {
  /** "materials" for a top-level field, "materials.battery" for a sub-field. */
  code: string;
  zh: string;
  en: string;
  /** Code of the top-level field, null for top-level fields. */
  parentCode: string | null;
  /** Other Chinese / English spellings ("材料科学", "materials science", "新材料"). */
  aliases: string[];
}

/** How two fields relate: identical, children of one top-level field, one inside the other, or unrelated. */
export type FieldProximity = 'same' | 'sibling' | 'parent-child' | 'other';

export interface ListFieldsOptions {
  /** Omit for every field; `null` for top-level fields; a top-level code for its sub-fields. */
  parentCode?: string | null;
}
