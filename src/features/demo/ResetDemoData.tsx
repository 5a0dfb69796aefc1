import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Button, Typography } from '@mui/material';
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
      {/* The words stay on a narrow bar (an icon alone reads as Refresh); the icon goes instead. */}
      <Button
        size="small"
        color="inherit"
        startIcon={<RestartAltIcon />}
        onClick={() => setOpen(true)}
        sx={{
          minWidth: 0,
          whiteSpace: 'nowrap',
          fontSize: { xs: 13, sm: 14 },
          px: { xs: 0.5, sm: 1 },
          '& .MuiButton-startIcon': { display: { xs: 'none', sm: 'inherit' } },
        }}
      >
        Reset demo data
      </Button>
      {open ? (
        <FormDialog
          title="Reset demo data"
          submitLabel="Reset"
          destructive
          onSubmit={(event) => void confirm(event)}
          onClose={() => setOpen(false)}
          pending={reset.isPending}
          failure={reset.error ? { text: `The demo data was not reset: ${reset.error.message}`, retry: true } : null}
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
