import { Segmented } from 'antd';
import { api, call } from '@web/api/client';
import { useI18n } from '@web/i18n/i18n';
import type { Language } from '@web/api/types';
import { useSession } from '@web/session/session';

/** The interface language; for a signed-in user also the language of their notifications and e-mails. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const { me } = useSession();
  const change = (next: Language) => {
    setLang(next);
    if (me) void call(api.PUT('/api/v1/me/locale', { body: { locale: next } })).catch(() => undefined);
  };
  return (
    <Segmented<Language>
      aria-label={t('nav.language')}
      value={lang}
      onChange={change}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
