import { Button, Menu } from "@mantine/core";
import { IconCheck, IconChevronDown, IconLanguage } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import { LOCALES, type Locale, type Me } from "../app/api-types.ts";
import { changeLocale, currentLocale, LANGUAGE_NAMES } from "../app/i18n.ts";
import { ME_KEY, useMe } from "../app/session.ts";

/** Switches the UI language; a signed-in person's choice is saved to their profile too. */
export function LanguageSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const active = currentLocale();

  const choose = async (locale: Locale) => {
    await changeLocale(locale);
    if (me.data && me.data.person.locale !== locale) {
      try {
        const updated = await api.patch<Me>("/me", { locale });
        queryClient.setQueryData(ME_KEY, updated);
      } catch {
        // The UI already speaks the new language; the profile keeps the old one until
        // the next change. Not worth interrupting the reader for.
      }
    }
  };

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={180}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          fullWidth={fullWidth}
          justify={fullWidth ? "space-between" : undefined}
          leftSection={<IconLanguage size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t("nav.languageLabel", { language: LANGUAGE_NAMES[active] })}
          data-testid="language-switcher"
        >
          <span lang={active}>{LANGUAGE_NAMES[active]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("nav.language")}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => void choose(locale)}
            rightSection={locale === active ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={locale === active ? "true" : undefined}
          >
            {LANGUAGE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
