import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Box,
  Breadcrumbs,
  Chip,
  Drawer,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Toolbar,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useState, type MouseEvent, type ReactNode } from 'react';
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
  /** Shown in the product bar: which endpoint answers (the emulator, a URL, an AWS account). */
  endpointLabel: string;
  /** The region the console acts in. */
  regionLabel: string;
  /** Extra product-bar actions (e.g. Reset demo data in emulator mode). */
  barActions?: ReactNode;
  children: ReactNode;
}

/**
 * The console shell: product bar, navigation pane, breadcrumbs, notifications. Below the
 * md breakpoint (a narrow window, or 200–400 % zoom) the pane folds into a menu, as the
 * AWS console's does, so the page reflows to 320 px without scrolling sideways.
 */
export function ConsoleLayout({ nav, activeHref, breadcrumbs, endpointLabel, regionLabel, barActions, children }: ConsoleLayoutProps) {
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const [menuOpen, setMenuOpen] = useState(false);
  const navList = <NavList nav={nav} activeHref={activeHref} onNavigate={() => setMenuOpen(false)} />;
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (t) => t.zIndex.drawer + 1, bgcolor: '#0f1b2a' }}>
        <Toolbar variant="dense" sx={{ gap: { xs: 1, sm: 2 }, px: { xs: 1, sm: 3 } }}>
          {wide ? null : (
            <IconButton
              color="inherit"
              edge="start"
              aria-label="Navigation"
              aria-expanded={menuOpen}
              aria-controls="console-navigation"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography component="span" sx={{ fontWeight: 800, color: '#ff9900', letterSpacing: 0.5 }}>
            aws
          </Typography>
          <Typography component="span" variant="subtitle1" sx={{ fontWeight: 600 }}>
            ElastiCache
          </Typography>
          <Box sx={{ flex: 1 }} />
          {barActions}
          {/* On a narrow bar an action's words come first; the endpoint shows from sm up. */}
          <Chip
            size="small"
            label={endpointLabel}
            sx={{ color: '#fff', bgcolor: '#414d5c', maxWidth: { xs: 120, sm: 280 }, display: { xs: barActions ? 'none' : 'inline-flex', sm: 'inline-flex' } }}
          />
          <Typography component="span" variant="body2" sx={{ display: { xs: 'none', sm: 'inline' }, whiteSpace: 'nowrap' }}>
            {regionLabel}
          </Typography>
        </Toolbar>
      </AppBar>
      {wide ? (
        <Drawer
          variant="permanent"
          sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
        >
          <Toolbar variant="dense" />
          {navList}
        </Drawer>
      ) : (
        <Drawer
          id="console-navigation"
          variant="temporary"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          sx={{ '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' } }}
        >
          <Toolbar variant="dense" />
          {navList}
        </Drawer>
      )}
      <Box component="main" sx={{ flex: 1, minWidth: 0, p: { xs: 2, sm: 3 }, bgcolor: 'background.default' }}>
        <Toolbar variant="dense" />
        <Breadcrumbs aria-label="Breadcrumbs" sx={{ mb: 2, fontSize: 14 }}>
          {breadcrumbs.map((crumb) =>
            crumb.href ? (
              <RouterLink key={crumb.label} href={crumb.href} underline="hover">
                {crumb.label}
              </RouterLink>
            ) : (
              <Typography key={crumb.label} color="text.primary" sx={{ fontSize: 14, overflowWrap: 'anywhere' }} aria-current="page">
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

function NavList({ nav, activeHref, onNavigate }: { nav: NavItem[]; activeHref: string; onNavigate: () => void }) {
  return (
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
                  onNavigate();
                }}
              >
                <ListItemText primary={item.label} slotProps={{ primary: { sx: { fontWeight: current ? 700 : 400 } } }} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
