import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fi, type Texts } from './locales/fi';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

const STORED = 'luvn.language';

/** The language the user chose last time, remembered in this browser; Finnish the first time. */
function remembered(): Language {
  const stored = localStorage.getItem(STORED);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fi';
}

/**
 * Finnish comes with the app (the first language and every text's fallback); Swedish and English are
 * loaded when chosen, so that a first visit does not download three languages to show one.
 */
const OTHERS: Record<Exclude<Language, 'fi'>, () => Promise<Texts>> = {
  sv: () => import('./locales/sv').then((m) => m.sv),
  en: () => import('./locales/en').then((m) => m.en),
};

async function texts(language: Language): Promise<Texts> {
  return language === 'fi' ? fi : OTHERS[language]();
}

export async function setUpLanguages(): Promise<void> {
  const lng = remembered();
  await i18next.use(initReactI18next).init({
    resources: { fi: { translation: fi }, [lng]: { translation: await texts(lng) } },
    lng,
    fallbackLng: 'fi',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
}

export async function chooseLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORED, language);
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await texts(language));
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
