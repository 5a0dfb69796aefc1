import RefreshIcon from '@mui/icons-material/Refresh';
import { CircularProgress, IconButton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

interface ListHeaderProps {
  /** "Redis clusters"; the count follows once the list has loaded. */
  title: string;
  count: number | undefined;
  /** Plural noun for the refresh button's name: "Refresh backups". */
  noun: string;
  fetching: boolean;
  onRefresh: () => void;
  /** The page's actions, after the refresh button. */
  children: ReactNode;
}

/** A list page's header (Cloudscape's): title with the count, refresh, then the actions, wrapping when narrow. */
export function ListHeader({ title, count, noun, fetching, onRefresh, children }: ListHeaderProps) {
  return (
    <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
      <Typography variant="h1" tabIndex={-1}>
        {title}
        {count === undefined ? '' : ` (${count})`}
      </Typography>
      {/* At most 60 % of a wide header: a long line under the buttons (why Backup is disabled) wraps
          there rather than pushing the actions below the title. */}
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', maxWidth: { md: '60%' } }}>
        {/* An icon button named for what it refreshes, as in the AWS console (no tooltip: MUI's
            brought Popper to the first screen). While the list loads it is busy, not disabled: a
            disabled button drops keyboard focus to the page (WCAG 2.4.3). The spinner is the
            icon's size, so nothing moves. */}
        <IconButton aria-label={`Refresh ${noun}`} aria-disabled={fetching || undefined} onClick={fetching ? undefined : onRefresh}>
          {fetching ? <CircularProgress size={24} aria-hidden /> : <RefreshIcon />}
        </IconButton>
        {children}
      </Stack>
    </Stack>
  );
}
