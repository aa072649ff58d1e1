// The window's frame: title bar with the investigator's name, the navigation, and the page.
import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { InvestigatorName } from '../features/settings/InvestigatorName';
import { FirstRunDialog } from '../features/settings/FirstRunDialog';

export function Shell() {
  const navigate = useNavigate();
  const location = useLocation();
  useHotkeys([['mod+alt+N', () => navigate('/cases/new')]]);
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 180, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h4">
              S117 Workbench
            </Title>
            <Text size="sm" c="dimmed">
              Section 117 aftercare complaints
            </Text>
          </Group>
          <InvestigatorName />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <NavLink component={Link} to="/" label="Cases" active={location.pathname === '/'} />
        <NavLink component={Link} to="/cases/new" label="New case" active={location.pathname === '/cases/new'} />
        <NavLink component={Link} to="/search" label="Search" active={location.pathname === '/search'} />
        <NavLink component={Link} to="/compliance" label="Compliance" active={location.pathname === '/compliance'} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <FirstRunDialog />
    </AppShell>
  );
}
