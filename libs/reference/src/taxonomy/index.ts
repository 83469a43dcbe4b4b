export type { Field, FieldProximity, ListFieldsOptions } from './field.types';
export { resolveField } from './resolve-field';
export { fieldPath, fieldProximity, getField, listFields, topLevelOf } from './fields';
