import { resolveField } from '@app/reference';
import type { Provider } from '@app/listings';

/** What the ranker knows of a need beside its text. */
export interface NeedFacts {
  id: string;
  revision: number;
  regionCode: string | null;
  modes: string[];
  fieldCodes: Set<string>;
}

/** What the ranker knows of a provider beside its evidence; the evidence index keeps these with the provider's vectors. */
export interface ProviderFacts {
  kind: Provider['kind'];
  regionCode: string | null;
  available: boolean;
  fieldCodes: Set<string>;
}

/** Taxonomy codes of the fields as written, each with its parent, so a sub-field meets its discipline. */
export function fieldCodesOf(fields: string[]): Set<string> {
  const codes = new Set<string>();
  for (const f of fields) {
    const field = resolveField(f);
    if (field) {
      codes.add(field.code);
      if (field.parentCode) codes.add(field.parentCode);
    }
  }
  return codes;
}

export function needFacts(need: {
  id: string;
  revision: number;
  regionCode: string | null;
  cooperationModes: string[];
  fields: string[];
}): NeedFacts {
  return {
    id: need.id,
    revision: need.revision,
    regionCode: need.regionCode,
    modes: need.cooperationModes,
    fieldCodes: fieldCodesOf(need.fields),
  };
}
