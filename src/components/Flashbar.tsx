import { Alert, AlertTitle, CircularProgress, Stack } from '@mui/material';
import { notifications, useNotifications } from './notifications';
import { RouterLink } from './RouterLink';

/** Page-level messages; a polite live region so screen readers hear each change. */
export function Flashbar() {
  const items = useNotifications();
  return (
    <Stack spacing={1} aria-live="polite" aria-label="Notifications" component="section" sx={{ mb: items.length ? 2 : 0 }}>
      {items.map((n) => (
        <Alert
          key={n.id}
          role="status"
          severity={n.type === 'in-progress' ? 'info' : n.type}
          variant="filled"
          icon={n.type === 'in-progress' ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
          onClose={() => notifications.dismiss(n.id)}
          slotProps={{ closeButton: { 'aria-label': `Dismiss: ${n.header}` } }}
        >
          <AlertTitle sx={{ mb: n.content ? 0.5 : 0 }}>{n.header}</AlertTitle>
          {n.content}
          {n.link ? (
            <>
              {n.content ? ' ' : null}
              <RouterLink href={n.link.href} color="inherit" sx={{ fontWeight: 600 }}>
                {n.link.text}
              </RouterLink>
            </>
          ) : null}
        </Alert>
      ))}
    </Stack>
  );
}
