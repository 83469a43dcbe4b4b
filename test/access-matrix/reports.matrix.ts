import { coordinatorInChargeAndAdmin } from './expectations';
import { MatrixEntry } from './types';

/** Reports of an association: its coordinators (and those of an association above it) and admins; nobody else. */
const reports = '/api/v1/reports/associations/{id}';

export const entries: MatrixEntry[] = [
  { method: 'GET', path: `${reports}/funnel`, params: { id: 'association' }, expect: coordinatorInChargeAndAdmin(200) },
  {
    method: 'GET',
    path: `${reports}/funnel/needs`,
    params: { id: 'association' },
    query: { step: 'posted' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: `${reports}/funnel/export`,
    params: { id: 'association' },
    query: { format: 'csv' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: `${reports}/stations`,
    params: { id: 'association' },
    expect: coordinatorInChargeAndAdmin(200),
  },
  {
    method: 'GET',
    path: `${reports}/stations/export`,
    params: { id: 'association' },
    query: { format: 'xlsx' },
    expect: coordinatorInChargeAndAdmin(200),
  },
];
