import { useCallback, useEffect, useState } from 'react';
import { api, call } from '@web/api/client';
import type { FieldItem, RegionItem } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';

/**
 * Names of field-taxonomy and region codes from /api/v1/fields and /api/v1/regions, cached for the page's life.
 * A code shows as it is until its name has arrived.
 */
const fields = new Map<string, FieldItem>();
const regions = new Map<string, RegionItem>();
const pending = new Map<string, Promise<unknown>>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

function once(key: string, load: () => Promise<unknown>) {
  if (!pending.has(key))
    pending.set(
      key,
      load()
        .catch(() => undefined)
        .finally(changed),
    );
  return pending.get(key)!;
}

export function loadFields(parentCode?: string): Promise<FieldItem[]> {
  return once(`fields:${parentCode ?? ''}`, async () => {
    const { items } = await call(api.GET('/api/v1/fields', { params: { query: { parentCode } } }));
    items.forEach((f) => fields.set(f.code, f));
    return items;
  }) as Promise<FieldItem[]>;
}

export function loadRegions(parentCode?: string): Promise<RegionItem[]> {
  return once(`regions:${parentCode ?? ''}`, async () => {
    const { items } = await call(api.GET('/api/v1/regions', { params: { query: { parentCode } } }));
    items.forEach((r) => regions.set(r.code, r));
    return items;
  }) as Promise<RegionItem[]>;
}

function resolveRegion(code: string) {
  return once(`region:${code}`, async () => {
    const region = await call(api.GET('/api/v1/regions/resolve', { params: { query: { q: code } } }));
    regions.set(region.code, region);
  });
}

export function useReference() {
  const { lang } = useI18n();
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);

  const fieldName = useCallback(
    (code: string) => {
      const field = fields.get(code);
      if (!field) {
        void loadFields();
        if (code.includes('.')) void loadFields(code.split('.')[0]);
        return code;
      }
      return lang === 'en' ? field.nameEn : field.name;
    },
    [lang],
  );

  const regionName = useCallback(
    (code: string) => {
      const region = regions.get(code);
      if (!region) {
        if (/^\d{6}$/.test(code)) void resolveRegion(code);
        return code;
      }
      return lang === 'en' ? (region.nameEn ?? region.name) : region.name;
    },
    [lang],
  );

  return { fieldName, regionName };
}
