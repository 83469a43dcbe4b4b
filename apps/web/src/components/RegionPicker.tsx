import { useEffect, useRef, useState } from 'react';
import { Cascader } from 'antd';
import type { RegionItem } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';
import { loadRegions } from './reference';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

/** Province → city → county, loaded level by level; the value is the chosen region's code. */
export function RegionPicker({
  value,
  onChange,
  id,
  ...aria
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const { lang, t } = useI18n();
  const [options, setOptions] = useState<Option[]>([]);
  const toOption = (r: RegionItem): Option => ({
    value: r.code,
    label: lang === 'en' ? (r.nameEn ?? r.name) : r.name,
    isLeaf: r.level === 'county',
  });

  const path = value
    ? [value.slice(0, 2) + '0000', value.slice(0, 4) + '00', value].filter((c, i, all) => all.indexOf(c) === i)
    : [];

  const pathKey = path.join('/');
  const builtFor = useRef(lang);
  useEffect(() => {
    // Loads the provinces and, for a value set from outside, the levels on its path, so the picker shows its names.
    let level = options;
    const known = path.every((code) => {
      const option = level.find((o) => o.value === code);
      level = option?.children ?? [];
      return !!option;
    });
    if (known && options.length && builtFor.current === lang) return;
    builtFor.current = lang;
    void (async () => {
      const top = (await loadRegions()).map(toOption);
      let current = top;
      for (const code of path.slice(0, -1)) {
        const parent = current.find((o) => o.value === code);
        if (!parent) break;
        parent.children = (await loadRegions(code)).map(toOption);
        current = parent.children;
      }
      setOptions(top);
    })();
  }, [lang, pathKey]);

  return (
    <Cascader<Option>
      id={id}
      aria-label={aria['aria-label']}
      options={options}
      value={path}
      changeOnSelect
      placeholder={t('form.regionPlaceholder')}
      displayRender={(labels) => labels.join(' / ')}
      loadData={async (selected) => {
        const target = selected[selected.length - 1];
        const children = await loadRegions(target.value);
        target.children = children.map(toOption);
        if (!children.length) target.isLeaf = true;
        setOptions((o) => [...o]);
      }}
      onChange={(codes) => onChange?.(codes?.length ? String(codes[codes.length - 1]) : null)}
      style={{ width: '100%' }}
    />
  );
}
