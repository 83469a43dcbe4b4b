import { Segmented } from 'antd';
import { useI18n } from '@web/i18n/i18n';
import type { Language } from '@web/api/models';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('nav.language')}
      value={lang}
      onChange={setLang}
      options={[{ label: '中文', value: 'zh-CN' }, { label: 'English', value: 'en' }]}
    />
  );
}
