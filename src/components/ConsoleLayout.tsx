import { AppBar, Box, Breadcrumbs, Chip, Drawer, List, ListItem, ListItemButton, ListItemText, Toolbar, Typography } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { Flashbar } from './Flashbar';
import { navigate } from './router';
import { RouterLink } from './RouterLink';

const NAV_WIDTH = 232;

export interface NavItem {
  label: string;
  href: string;
}

export interface Crumb {
  label: string;
  href?: string;
}

interface ConsoleLayoutProps {
  nav: NavItem[];
  activeHref: string;
  breadcrumbs: Crumb[];
  /** Shown in the product bar: which endpoint answers (the emulator or a URL). */
  endpointLabel: string;
  /** Extra product-bar actions (e.g. Reset demo data in emulator mode). */
  barActions?: ReactNode;
  children: ReactNode;
}

/** The console shell: product bar, navigation pane, breadcrumbs, notifications. */
export function ConsoleLayout({ nav, activeHref, breadcrumbs, endpointLabel, barActions, children }: ConsoleLayoutProps) {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (t) => t.zIndex.drawer + 1, bgcolor: '#0f1b2a' }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography component="span" sx={{ fontWeight: 800, color: '#ff9900', letterSpacing: 0.5 }}>
            aws
          </Typography>
          <Typography component="span" variant="subtitle1" sx={{ fontWeight: 600 }}>
            ElastiCache
          </Typography>
          <Box sx={{ flex: 1 }} />
          {barActions}
          <Chip size="small" label={endpointLabel} sx={{ color: '#fff', bgcolor: '#414d5c' }} />
          <Typography component="span" variant="body2">
            US East (N. Virginia)
          </Typography>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar variant="dense" />
        <Box component="nav" aria-label="ElastiCache">
          <Typography variant="h6" component="p" sx={{ px: 2, pt: 2, pb: 1, fontSize: 18, fontWeight: 700 }}>
            ElastiCache
          </Typography>
          <List dense>
            {nav.map((item) => {
              const current = activeHref.startsWith(item.href);
              return (
                <ListItem key={item.href} disablePadding>
                <ListItemButton
                  component="a"
                  href={item.href}
                  selected={current}
                  aria-current={current ? 'page' : undefined}
                  onClick={(event: MouseEvent) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    navigate(item.href);
                  }}
                >
                  <ListItemText primary={item.label} slotProps={{ primary: { sx: { fontWeight: current ? 700 : 400 } } }} />
                </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flex: 1, minWidth: 0, p: 3, bgcolor: 'background.default' }}>
        <Toolbar variant="dense" />
        <Breadcrumbs aria-label="Breadcrumbs" sx={{ mb: 2, fontSize: 14 }}>
          {breadcrumbs.map((crumb) =>
            crumb.href ? (
              <RouterLink key={crumb.label} href={crumb.href} underline="hover">
                {crumb.label}
              </RouterLink>
            ) : (
              <Typography key={crumb.label} color="text.primary" sx={{ fontSize: 14 }} aria-current="page">
                {crumb.label}
              </Typography>
            ),
          )}
        </Breadcrumbs>
        <Flashbar />
        {children}
      </Box>
    </Box>
  );
}
