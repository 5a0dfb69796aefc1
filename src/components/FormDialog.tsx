import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId, type FormEvent, type ReactNode } from 'react';

/** A failed call as the dialog shows it; `retry`: a Retry may pass (not for a refusal). */
interface DialogFailure {
  text: string;
  retry: boolean;
}

interface FormDialogProps {
  title: string;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  /** The call is running: inputs and buttons wait, Escape does nothing. */
  pending: boolean;
  submitDisabled?: boolean;
  /** A failed call, shown at the top; with a Retry that resubmits what was typed where it may pass. */
  failure?: DialogFailure | null;
  destructive?: boolean;
  /** The id of the text that describes the dialog (its subject). */
  describedBy?: string;
  children: ReactNode;
}

/** A modal with one primary action and Cancel (Cloudscape's modal): Enter submits, Escape cancels. */
export function FormDialog(props: FormDialogProps) {
  const { title, submitLabel, onSubmit, onClose, pending, submitDisabled, failure, destructive, describedBy, children } = props;
  const titleId = useId();
  return (
    <Dialog open onClose={() => !pending && onClose()} aria-labelledby={titleId} aria-describedby={describedBy} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 0.5 }}>
            {failure ? (
              <Alert
                severity="error"
                action={
                  failure.retry ? (
                    <Button color="inherit" type="submit" disabled={pending}>
                      Retry
                    </Button>
                  ) : undefined
                }
              >
                {failure.text}
              </Alert>
            ) : null}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={destructive ? 'error' : 'primary'}
            disabled={submitDisabled || pending}
            startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
