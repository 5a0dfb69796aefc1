import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';

/** A value (an endpoint) with a copy button named for it; says when copying was blocked. */
export function CopyText({ label, value }: { label: string; value: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid(`Copied the ${label.toLowerCase()}.`);
    } catch {
      setSaid('Copying was blocked by the browser: select the text and copy it instead.');
    }
  };
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
        {value}
      </Box>
      <Tooltip title={`Copy ${label.toLowerCase()}`}>
        <IconButton size="small" aria-label={`Copy ${label.toLowerCase()}`} onClick={() => void copy()}>
          <ContentCopyIcon fontSize="inherit" />
        </IconButton>
      </Tooltip>
      <Typography component="span" variant="body2" role="status" color="text.secondary">
        {said}
      </Typography>
    </Box>
  );
}
