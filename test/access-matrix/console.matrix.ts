import { signedIn } from './expectations';
import { MatrixEntry } from './types';

/** The console's account page: each signed-in user sets their own language (nobody else's: the route has no id). */
export const entries: MatrixEntry[] = [
  { method: 'PUT', path: '/api/v1/me/locale', body: { locale: 'zh-CN' }, expect: signedIn(200) },
];
