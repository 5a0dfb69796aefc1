import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Box, Button, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { resetDemoData } from '../../api/demo-data';
import { FormDialog } from '../../components/FormDialog';
import { followedWork } from '../../components/followed-work';
import { notificationId, notifications } from '../../components/notifications';

/** The emulator keeps the user's work across reloads; this puts the demo account back. */
export function ResetDemoData() {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const reset = useMutation({ mutationFn: resetDemoData });

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await reset.mutateAsync();
    } catch {
      return;
    }
    // What was being followed is gone with the data it was about.
    followedWork.clear();
    notifications.clear();
    await queryClient.resetQueries();
    notifications.show({ id: notificationId('demo', 'reset', 'data'), type: 'success', header: 'The demo data was reset.' });
    setOpen(false);
  };

  return (
    <>
      {/* Icon only on a narrow bar; the name stays for screen readers and voice control. */}
      <Button
        size="small"
        color="inherit"
        aria-label="Reset demo data"
        startIcon={<RestartAltIcon />}
        onClick={() => setOpen(true)}
        sx={{ minWidth: 0, whiteSpace: 'nowrap', '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
      >
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          Reset demo data
        </Box>
      </Button>
      {open ? (
        <FormDialog
          title="Reset demo data"
          submitLabel="Reset"
          destructive
          onSubmit={(event) => void confirm(event)}
          onClose={() => setOpen(false)}
          pending={reset.isPending}
          failure={reset.error ? `The demo data was not reset: ${reset.error.message}` : null}
        >
          <Typography>
            Put the emulator back to its demo account? The clusters and backups you created, copied, restored or deleted
            are discarded. This can't be undone.
          </Typography>
        </FormDialog>
      ) : null}
    </>
  );
}
