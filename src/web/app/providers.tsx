import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./styles.css";
import {
  CloseButton,
  createTheme,
  Drawer,
  MantineProvider,
  Modal,
  MultiSelect,
  mergeThemeOverrides,
  PasswordInput,
  Select,
} from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useMemo, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import i18n from "./i18n.ts";
import { createQueryClient } from "./query-client.ts";
import { theme } from "./theme.ts";

/**
 * Mantine's built-in controls carry English labels (the password eye, close and clear
 * buttons); give them the reader's language through theme default props.
 */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(() => {
    const close = { "aria-label": t("common.close") };
    const clear = { "aria-label": t("common.clear") };
    return mergeThemeOverrides(
      theme,
      createTheme({
        components: {
          PasswordInput: PasswordInput.extend({
            defaultProps: {
              visibilityToggleButtonProps: { "aria-label": t("common.togglePassword") },
            },
          }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: close } }),
          Drawer: Drawer.extend({ defaultProps: { closeButtonProps: close } }),
          CloseButton: CloseButton.extend({ defaultProps: close }),
          Select: Select.extend({ defaultProps: { clearButtonProps: clear } }),
          MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps: clear } }),
        },
      }),
    );
  }, [t]);
  return (
    <MantineProvider theme={localized} defaultColorScheme="light">
      <Notifications position="top-right" limit={4} />
      {children}
    </MantineProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedMantine>{children}</LocalizedMantine>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
