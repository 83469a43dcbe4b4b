import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import type { FieldItem } from '@web/api/types';
import { useI18n } from '@web/i18n/i18n';
import { loadFields } from './reference';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/** Fields of the taxonomy (two levels, sub-fields loaded when a field opens); the value is a list of codes. */
export function FieldPicker({
  value,
  onChange,
  id,
  ...aria
}: {
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const { lang, t } = useI18n();
  const [nodes, setNodes] = useState<Node[]>([]);
  const toNode = (f: FieldItem): Node => ({
    id: f.code,
    pId: f.parentCode,
    value: f.code,
    title: lang === 'en' ? f.nameEn : f.name,
    isLeaf: !f.hasChildren,
  });

  // The chosen sub-fields' parents are loaded too, so that a value set after mounting shows names, not codes.
  const parentKey = [...new Set((value ?? []).filter((c) => c.includes('.')).map((c) => c.split('.')[0]))].join(',');
  useEffect(() => {
    void loadFields().then(async (top) => {
      const parents = parentKey ? parentKey.split(',') : [];
      const children = (await Promise.all(parents.map((p) => loadFields(p)))).flat();
      setNodes([...top, ...children].map(toNode));
    });
  }, [lang, parentKey]);

  return (
    <TreeSelect
      id={id}
      aria-label={aria['aria-label']}
      treeDataSimpleMode
      treeData={nodes}
      value={value}
      onChange={(codes: string[]) => onChange?.(codes)}
      multiple
      showSearch
      treeNodeFilterProp="title"
      placeholder={t('form.fieldsPlaceholder')}
      loadData={async (node) => {
        const children = await loadFields(String(node.value));
        setNodes((current) => [...current.filter((n) => n.pId !== node.value), ...children.map(toNode)]);
      }}
      style={{ width: '100%' }}
    />
  );
}
