import 'reflect-metadata';
import { Language } from './language';

/** A field's name as the console's form labels it, in both languages. */
export type FieldLabel = Record<Language, string>;

const LABELS = Symbol('field labels');

type Labels = Record<string, FieldLabel>;

/**
 * Names a DTO property as the form shows it, e.g. `@Label('需求标题', 'Need title') title: string`; validation errors
 * then read "需求标题不能为空" / "Need title is required" instead of naming the property. Inherited by subclasses.
 */
export function Label(zh: string, en: string): PropertyDecorator {
  return (prototype, property) => {
    const owner = prototype.constructor;
    const labels: Labels = { ...((Reflect.getMetadata(LABELS, owner) as Labels | undefined) ?? {}) };
    labels[String(property)] = { 'zh-CN': zh, en };
    Reflect.defineMetadata(LABELS, labels, owner);
  };
}

/** The label a DTO class (or an instance of it) gives a property, if any. */
export function labelOf(dto: object | undefined | null, property: string): FieldLabel | undefined {
  if (!dto) return undefined;
  const owner = typeof dto === 'function' ? dto : dto.constructor;
  const labels = Reflect.getMetadata(LABELS, owner) as Labels | undefined;
  return labels?.[property];
}

/**
 * Labels for properties that mean the same on every form; a DTO's own `@Label` wins. Keys are property names
 * (the last part of an error's path).
 */
export const COMMON_FIELD_LABELS: Labels = {
  title: { 'zh-CN': '标题', en: 'Title' },
  name: { 'zh-CN': '名称', en: 'Name' },
  description: { 'zh-CN': '详细描述', en: 'Description' },
  fields: { 'zh-CN': '所属领域', en: 'Fields' },
  keywords: { 'zh-CN': '关键词', en: 'Keywords' },
  region: { 'zh-CN': '所在地区', en: 'Region' },
  regionCode: { 'zh-CN': '所在地区', en: 'Region' },
  cooperationModes: { 'zh-CN': '合作方式', en: 'Cooperation modes' },
  budgetMin: { 'zh-CN': '预算下限', en: 'Budget from' },
  budgetMax: { 'zh-CN': '预算上限', en: 'Budget up to' },
  deadline: { 'zh-CN': '截止日期', en: 'Deadline' },
  email: { 'zh-CN': '邮箱', en: 'E-mail' },
  mobile: { 'zh-CN': '手机号', en: 'Mobile' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  password: { 'zh-CN': '密码', en: 'Password' },
  displayName: { 'zh-CN': '姓名', en: 'Name' },
  organizationId: { 'zh-CN': '所属机构', en: 'Organisation' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  reason: { 'zh-CN': '理由', en: 'Reason' },
  role: { 'zh-CN': '角色', en: 'Role' },
  locale: { 'zh-CN': '语言', en: 'Language' },
};

/** The words an error message uses for a field path such as `items.0.title` or `fields[2]`. */
export function fieldName(path: string, lang: Language, label?: FieldLabel): string {
  if (label) return label[lang];
  const leaf = path
    .split(/[.[\]]+/)
    .filter((part) => part && !/^\d+$/.test(part))
    .pop();
  const known = leaf ? COMMON_FIELD_LABELS[leaf] : undefined;
  return known ? known[lang] : path;
}
