import { Box, Burger, Container, Drawer, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSelect } from "../i18n/LanguageSelect.tsx";
import { ShieldIcon } from "../ui/icons.tsx";
import { AnchorLink } from "../ui/links.tsx";
import { AccountActions } from "./AccountActions.tsx";
import { MainNav } from "./MainNav.tsx";

/** The frame of every page: skip link, header with navigation and account, main content, footer. */
export function Shell() {
  const [menuOpened, menu] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const { t } = useTranslation();

  useEffect(() => {
    // Leaving a page through the mobile menu closes the menu.
    if (pathname) menu.close();
  }, [pathname, menu.close]);

  return (
    <Box mih="100dvh" style={{ display: "flex", flexDirection: "column" }}>
      <a href="#main-content" className="skip-link">
        {t("skipToContent")}
      </a>
      <header className="app-header">
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="lg" wrap="nowrap">
              <Link to="/" className="brand" aria-label={t("home")}>
                <ShieldIcon size={24} />
                Redress
              </Link>
              <Box visibleFrom="lg">
                <MainNav />
              </Box>
            </Group>
            <Box visibleFrom="lg">
              <AccountActions />
            </Box>
            <Burger
              hiddenFrom="lg"
              opened={menuOpened}
              onClick={menu.toggle}
              aria-label={menuOpened ? t("closeMenu") : t("openMenu")}
              aria-expanded={menuOpened}
              aria-controls="mobile-menu"
            />
          </Group>
        </Container>
      </header>
      <Drawer
        id="mobile-menu"
        opened={menuOpened}
        onClose={menu.close}
        title={t("menu")}
        closeButtonProps={{ "aria-label": t("closeMenu") }}
        size="xs"
        position="right"
        hiddenFrom="lg"
      >
        <Stack gap="lg">
          <MainNav vertical />
          <AccountActions vertical />
        </Stack>
      </Drawer>
      <Box component="main" id="main-content" tabIndex={-1} className="app-main" style={{ flex: 1 }} py="xl">
        <Container size="lg">
          <Outlet />
        </Container>
      </Box>
      <footer className="app-footer">
        <Container size="lg" py="md">
          <Group justify="space-between" align="end" gap="xs">
            <Text size="sm" c="dimmed">
              {t("footer")}
            </Text>
            <Group gap="md" align="end">
              <LanguageSelect />
              <AnchorLink to="/help" size="sm">
                {t("help")}
              </AnchorLink>
              <AnchorLink to="/dev/mailbox" size="sm">
                {t("devMailbox")}
              </AnchorLink>
            </Group>
          </Group>
        </Container>
      </footer>
    </Box>
  );
}
