import { Paper, Stack, Typography } from '@mui/material';
import { EventsList } from './EventsList';

/** Events: what happened to the account's caches and backups, up to 14 days back (DescribeEvents). */
export function EventsPage() {
  return (
    <Stack spacing={2}>
      <Typography variant="h1" tabIndex={-1}>
        Events
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <EventsList label="Events" />
      </Paper>
    </Stack>
  );
}
