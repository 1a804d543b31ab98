import { Alert } from "@mantine/core";
import { IconFlask } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Shown wherever an index built on synthetic demo data shows its values. */
export function SyntheticBanner({ synthetic, compact }: { synthetic: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  if (!synthetic) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconFlask size={20} aria-hidden />}
      title={compact ? undefined : t("indices.synthetic.title")}
      data-testid="synthetic-banner"
      mb={compact ? "sm" : "lg"}
      p={compact ? "xs" : undefined}
    >
      {compact ? t("indices.synthetic.title") : t("indices.synthetic.body")}
    </Alert>
  );
}
