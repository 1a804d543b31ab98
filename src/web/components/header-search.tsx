import { Box, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";

/**
 * The search box in the header of every page. Enter opens /search with the words; on the
 * search page itself it shows the current words, so the two boxes never disagree.
 */
export function HeaderSearch({ onSearched }: { onSearched?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const onSearchPage = location.pathname === "/search";
  const currentQ = onSearchPage ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  const [text, setText] = useState(currentQ);
  useEffect(() => {
    setText(currentQ);
  }, [currentQ]);

  return (
    <Box
      component="form"
      role="search"
      aria-label={t("search.siteSearch")}
      style={{ flex: 1, maxWidth: 520 }}
      w="100%"
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        const q = text.trim();
        if (q) params.set("q", q);
        void navigate(`/search${params.size > 0 ? `?${params}` : ""}`);
        onSearched?.();
      }}
    >
      <TextInput
        type="search"
        name="q"
        aria-label={t("search.boxLabel")}
        placeholder={t("search.placeholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        radius="xl"
        data-testid="header-search"
        enterKeyHint="search"
      />
    </Box>
  );
}
