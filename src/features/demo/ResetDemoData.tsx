import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Button, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { resetDemoData } from '../../api/demo-data';
import { FormDialog } from '../../components/FormDialog';
import { notifications } from '../../components/notifications';

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
    notifications.clear();
    await queryClient.resetQueries();
    notifications.show({ id: 'reset-demo-data', type: 'success', header: 'The demo data was reset.' });
    setOpen(false);
  };

  return (
    <>
      <Button size="small" color="inherit" startIcon={<RestartAltIcon />} onClick={() => setOpen(true)}>
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
