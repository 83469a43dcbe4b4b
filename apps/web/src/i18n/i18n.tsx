import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { setApiLanguage } from '@web/api/client';
import type { Language } from '@web/api/types';
import en from './en';
import zhCN, { MessageKey } from './zh-CN';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'mkt.language';

interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
  /** Picks the text of the current language from `{'zh-CN': …, en: …}` or `{zh, en}`. */
  pick: (texts: Partial<Record<Language | 'zh', string>> | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : 'zh-CN';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  setApiLanguage(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = dictionaries[lang]['app.title'];
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setApiLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[lang];
    const t: Translate = (key, params) =>
      (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
    const pick: I18n['pick'] = (texts) =>
      (lang === 'en' ? texts?.en : (texts?.['zh-CN'] ?? texts?.zh)) ?? texts?.en ?? texts?.['zh-CN'] ?? '';
    return { lang, setLang, t, pick };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
