import type { Language } from '@web/api/types';

/**
 * A moment as the user reads it: in their language's date format, in China Standard Time (Asia/Shanghai) whatever
 * the browser's own time zone, since deadlines and links are arranged with people in China.
 */
export function shanghaiDateTime(at: string | Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}
