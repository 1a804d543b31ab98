import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json" with { type: "json" };
import es from "../locales/es.json" with { type: "json" };
import zhCN from "../locales/zh-CN.json" with { type: "json" };
import { LOCALES, type Locale } from "./api-types.ts";

export const LOCALE_STORAGE_KEY = "citymatch.locale";

export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  "zh-CN": "简体中文",
  es: "Español",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The saved choice, else the first browser language we speak, else English. */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const language of navigator.languages ?? [navigator.language]) {
    const lower = language.toLowerCase();
    if (lower.startsWith("zh")) return "zh-CN";
    if (lower.startsWith("es")) return "es";
    if (lower.startsWith("en")) return "en";
  }
  return "en";
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "en";
}

// Page titles are each page's own (usePageTitle); the document language is ours.
function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
}

/** Switches the UI language and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18n.changeLanguage(locale);
}

i18n.on("languageChanged", (language) => {
  if (isLocale(language)) applyDocumentLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    "zh-CN": { translation: zhCN },
    es: { translation: es },
  },
  lng: initialLocale(),
  fallbackLng: "en",
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
