import {
  ActionIcon,
  Anchor,
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Container,
  Divider,
  Group,
  NavLink as MantineNavLink,
  Menu,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IconAdjustmentsHorizontal,
  IconBell,
  IconBookmarks,
  IconBuildingCommunity,
  IconBuildingSkyscraper,
  IconBulb,
  IconCalendarEvent,
  IconChartBar,
  IconChartFunnel,
  IconChevronDown,
  IconCurrencyDollar,
  IconFileImport,
  IconListDetails,
  IconLogout,
  IconPlugConnected,
  IconReportAnalytics,
  IconSearch,
  IconShieldLock,
  IconTargetArrow,
  IconUserCircle,
  IconUsersGroup,
} from "@tabler/icons-react";
import { type ReactNode, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { errorDetail, errorTitle } from "../components/errors.tsx";
import { HeaderSearch } from "../components/header-search.tsx";
import { LanguageSwitcher } from "../components/language-switcher.tsx";
import { Logo } from "../components/logo.tsx";
import { PageSkeleton } from "../components/query-state.tsx";
import { useSignOut } from "../features/account/mutations.ts";
import { InboxBell } from "../features/inbox/inbox-bell.tsx";
import { tunesMatchWeights } from "../features/matching/data.ts";
import { managesExchangeRates } from "../features/money/data.ts";
import type { Me } from "./api-types.ts";
import { useMe } from "./session.ts";

/** The first nav items are the marketplace; a divider separates the directory after them. */
const MARKETPLACE_ITEMS = 4;

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    {
      to: "/challenges",
      label: t("nav.challenges"),
      icon: <IconTargetArrow size={18} aria-hidden />,
    },
    { to: "/solutions", label: t("nav.solutions"), icon: <IconBulb size={18} aria-hidden /> },
    { to: "/cases", label: t("nav.cases"), icon: <IconReportAnalytics size={18} aria-hidden /> },
    { to: "/lists", label: t("nav.lists"), icon: <IconListDetails size={18} aria-hidden /> },
    {
      to: "/cities",
      label: t("nav.cities"),
      icon: <IconBuildingSkyscraper size={18} aria-hidden />,
    },
    {
      to: "/organizations",
      label: t("nav.organizations"),
      icon: <IconBuildingCommunity size={18} aria-hidden />,
    },
    { to: "/events", label: t("nav.events"), icon: <IconCalendarEvent size={18} aria-hidden /> },
    { to: "/indices", label: t("nav.indices"), icon: <IconChartBar size={18} aria-hidden /> },
  ];
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

function useSignOutAndLeave() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  // Leave the page first: pages for signed-in people would otherwise react to the ended
  // session by sending the reader to the sign-in form.
  return async () => {
    await navigate("/", { flushSync: true });
    try {
      await signOut.mutateAsync();
      notifications.show({ message: t("auth.signedOut"), color: "civic" });
    } catch (error) {
      notifications.show({
        color: "red",
        title: errorTitle(t, error),
        message: errorDetail(t, error),
      });
    }
  };
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const signOut = useSignOutAndLeave();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={230}>
      <Menu.Target>
        <UnstyledButton
          className="cm-user-button"
          aria-label={t("nav.userMenu", { name: me.person.name })}
          data-testid="user-menu"
        >
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="dusk" variant="filled">
              {initials(me.person.name)}
            </Avatar>
            <Text size="sm" fw={600} maw={140} truncate="end">
              {me.person.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.person.email ?? me.person.name}</Menu.Label>
        <Menu.Item
          component={Link}
          to="/account"
          leftSection={<IconUserCircle size={16} aria-hidden />}
        >
          {t("nav.account")}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/connections"
          leftSection={<IconPlugConnected size={16} aria-hidden />}
        >
          {t("nav.connections")}
        </Menu.Item>
        <Menu.Item component={Link} to="/inbox" leftSection={<IconBell size={16} aria-hidden />}>
          {t("nav.inbox")}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/saved"
          leftSection={<IconBookmarks size={16} aria-hidden />}
        >
          {t("nav.saved")}
        </Menu.Item>
        {me.organization ? (
          <Menu.Item
            component={Link}
            to="/my-organization"
            leftSection={<IconUsersGroup size={16} aria-hidden />}
          >
            {t("nav.myOrganization")}
          </Menu.Item>
        ) : null}
        <Menu.Item
          component={Link}
          to="/import"
          leftSection={<IconFileImport size={16} aria-hidden />}
        >
          {t("nav.import")}
        </Menu.Item>
        {me.platformAdmin ? (
          <Menu.Item
            component={Link}
            to="/admin"
            leftSection={<IconShieldLock size={16} aria-hidden />}
          >
            {t("nav.admin")}
          </Menu.Item>
        ) : null}
        {me.platformAdmin ? (
          <Menu.Item
            component={Link}
            to="/outcomes"
            leftSection={<IconChartFunnel size={16} aria-hidden />}
          >
            {t("nav.platformOutcomes")}
          </Menu.Item>
        ) : null}
        {managesExchangeRates(me) ? (
          <Menu.Item
            component={Link}
            to="/exchange-rates"
            leftSection={<IconCurrencyDollar size={16} aria-hidden />}
          >
            {t("nav.exchangeRates")}
          </Menu.Item>
        ) : null}
        {tunesMatchWeights(me) ? (
          <Menu.Item
            component={Link}
            to="/match-weights"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          >
            {t("nav.matchWeights")}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
        >
          {t("nav.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function MobileNav({ me, onNavigate }: { me: Me | null | undefined; onNavigate: () => void }) {
  const { t } = useTranslation();
  const items = useNavItems();
  const location = useLocation();
  const signOut = useSignOutAndLeave();
  return (
    <Stack gap={4}>
      <Box mb="sm">
        <HeaderSearch onSearched={onNavigate} />
      </Box>
      {items.map((item) => (
        <MantineNavLink
          key={item.to}
          component={Link}
          to={item.to}
          label={item.label}
          leftSection={item.icon}
          active={location.pathname.startsWith(item.to)}
          onClick={onNavigate}
        />
      ))}
      <Divider my="sm" />
      {me ? (
        <>
          <MantineNavLink
            component={Link}
            to="/account"
            label={t("nav.account")}
            leftSection={<IconUserCircle size={18} aria-hidden />}
            active={location.pathname.startsWith("/account")}
            onClick={onNavigate}
          />
          <MantineNavLink
            component={Link}
            to="/connections"
            label={t("nav.connections")}
            leftSection={<IconPlugConnected size={18} aria-hidden />}
            active={location.pathname.startsWith("/connections")}
            onClick={onNavigate}
          />
          <MantineNavLink
            component={Link}
            to="/inbox"
            label={t("nav.inbox")}
            leftSection={<IconBell size={18} aria-hidden />}
            active={location.pathname.startsWith("/inbox")}
            onClick={onNavigate}
          />
          <MantineNavLink
            component={Link}
            to="/saved"
            label={t("nav.saved")}
            leftSection={<IconBookmarks size={18} aria-hidden />}
            active={location.pathname.startsWith("/saved")}
            onClick={onNavigate}
          />
          {me.organization ? (
            <MantineNavLink
              component={Link}
              to="/my-organization"
              label={t("nav.myOrganization")}
              leftSection={<IconUsersGroup size={18} aria-hidden />}
              active={location.pathname.startsWith("/my-organization")}
              onClick={onNavigate}
            />
          ) : null}
          <MantineNavLink
            component={Link}
            to="/import"
            label={t("nav.import")}
            leftSection={<IconFileImport size={18} aria-hidden />}
            active={location.pathname.startsWith("/import")}
            onClick={onNavigate}
          />
          {me.platformAdmin ? (
            <MantineNavLink
              component={Link}
              to="/admin"
              label={t("nav.admin")}
              leftSection={<IconShieldLock size={18} aria-hidden />}
              active={location.pathname.startsWith("/admin")}
              onClick={onNavigate}
            />
          ) : null}
          {me.platformAdmin ? (
            <MantineNavLink
              component={Link}
              to="/outcomes"
              label={t("nav.platformOutcomes")}
              leftSection={<IconChartFunnel size={18} aria-hidden />}
              active={location.pathname === "/outcomes"}
              onClick={onNavigate}
            />
          ) : null}
          {managesExchangeRates(me) ? (
            <MantineNavLink
              component={Link}
              to="/exchange-rates"
              label={t("nav.exchangeRates")}
              leftSection={<IconCurrencyDollar size={18} aria-hidden />}
              active={location.pathname.startsWith("/exchange-rates")}
              onClick={onNavigate}
            />
          ) : null}
          {tunesMatchWeights(me) ? (
            <MantineNavLink
              component={Link}
              to="/match-weights"
              label={t("nav.matchWeights")}
              leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
              active={location.pathname.startsWith("/match-weights")}
              onClick={onNavigate}
            />
          ) : null}
          <MantineNavLink
            component="button"
            label={t("nav.signOut")}
            leftSection={<IconLogout size={18} aria-hidden />}
            onClick={() => {
              onNavigate();
              void signOut();
            }}
          />
        </>
      ) : me === null ? (
        <Stack gap="xs" px="xs">
          <Button component={Link} to="/sign-in" variant="default" onClick={onNavigate}>
            {t("nav.signIn")}
          </Button>
          <Button component={Link} to="/sign-up" onClick={onNavigate}>
            {t("nav.signUp")}
          </Button>
        </Stack>
      ) : null}
      <Divider my="sm" />
      <LanguageSwitcher fullWidth />
    </Stack>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <Box component="footer" className="cm-footer" mt={64} py="xl">
      <Container size="xl">
        <Group justify="space-between" gap="md">
          <Text size="sm" c="dimmed">
            {t("footer.tagline")}
          </Text>
          <Group gap="lg">
            <Anchor href="/api/docs" size="sm" c="dimmed">
              {t("footer.apiDocs")}
            </Anchor>
            <Anchor component={Link} to="/events" size="sm" c="dimmed">
              {t("nav.events")}
            </Anchor>
          </Group>
        </Group>
      </Container>
    </Box>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const me = useMe();
  const items = useNavItems();
  const location = useLocation();

  // Each navigation starts at the top of the new page, like a real page load.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change on purpose
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [location.pathname]);

  return (
    <AppShell
      header={{ height: { base: 64, sm: 109 } }}
      navbar={{ width: 280, breakpoint: "sm", collapsed: { mobile: !opened, desktop: true } }}
      padding={0}
    >
      <a className="cm-skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <AppShell.Header className="cm-header">
        <Container size="xl" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
              />
              <Anchor component={Link} to="/" underline="never" aria-label={t("nav.home")}>
                <Logo />
              </Anchor>
            </Group>
            <Group visibleFrom="sm" style={{ flex: 1, justifyContent: "center" }} wrap="nowrap">
              <HeaderSearch />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <ActionIcon
                component={Link}
                to="/search"
                hiddenFrom="sm"
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t("nav.search")}
              >
                <IconSearch size={20} aria-hidden />
              </ActionIcon>
              {/* One bell for every screen size: beside the search on phones, the menu on desktops. */}
              {me.data ? <InboxBell /> : null}
              <Group gap="xs" wrap="nowrap" visibleFrom="sm">
                <LanguageSwitcher />
                {me.data ? (
                  <UserMenu me={me.data} />
                ) : me.data === null ? (
                  <>
                    <Button component={Link} to="/sign-in" variant="default">
                      {t("nav.signIn")}
                    </Button>
                    <Button component={Link} to="/sign-up">
                      {t("nav.signUp")}
                    </Button>
                  </>
                ) : null}
              </Group>
            </Group>
          </Group>
        </Container>
        <Box className="cm-header-nav" visibleFrom="sm">
          <Container size="xl" h={44}>
            <Group component="nav" gap={2} h="100%" aria-label={t("nav.main")} wrap="nowrap">
              {items.map((item, index) => (
                <Group key={item.to} gap={2} wrap="nowrap">
                  {index === MARKETPLACE_ITEMS ? (
                    <Divider orientation="vertical" mx={8} my={10} aria-hidden />
                  ) : null}
                  <NavLink to={item.to} className="cm-nav-link">
                    {item.label}
                  </NavLink>
                </Group>
              ))}
            </Group>
          </Container>
        </Box>
      </AppShell.Header>
      <AppShell.Navbar p="md" aria-label={t("nav.main")}>
        {/* Rendered only while open, so its links are not in the tab order on desktop. */}
        {opened ? <MobileNav me={me.data} onNavigate={close} /> : null}
      </AppShell.Navbar>
      <AppShell.Main style={{ display: "flex", flexDirection: "column" }}>
        <Box id="main" tabIndex={-1} className="cm-main">
          <Suspense
            fallback={
              <Container size="xl" py="xl">
                <PageSkeleton />
              </Container>
            }
          >
            <Outlet />
          </Suspense>
        </Box>
        <Footer />
      </AppShell.Main>
    </AppShell>
  );
}

/** Standard page width and padding; pages that need a full-bleed hero skip it. */
export function PageContainer({ children, size = "xl" }: { children: ReactNode; size?: string }) {
  return (
    <Container size={size} py={{ base: "lg", sm: 40 }}>
      {children}
    </Container>
  );
}
