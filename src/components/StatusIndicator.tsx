import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import { CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { isTransitional, type Status } from '../domain/status';

/** Cloudscape's status vocabulary: the word always shows; icon and colour only support it. */
type Tone = 'success' | 'in-progress' | 'error' | 'stopped' | 'info';

const TONE: Record<string, Tone> = {
  available: 'success',
  deleted: 'stopped',
  'create-failed': 'error',
  'restore-failed': 'error',
  'incompatible-network': 'error',
};

const COLOR: Record<Tone, string> = {
  success: '#037f0c',
  'in-progress': '#0972d3',
  error: '#d91515',
  stopped: '#5f6b7a',
  info: '#5f6b7a',
};

const ICON: Record<Exclude<Tone, 'in-progress'>, ReactNode> = {
  success: <CheckCircle fontSize="inherit" />,
  error: <ErrorIcon fontSize="inherit" />,
  stopped: <CancelOutlined fontSize="inherit" />,
  info: <InfoOutlined fontSize="inherit" />,
};

export function toneOf(status: Status): Tone {
  return TONE[status] ?? (isTransitional(status) ? 'in-progress' : 'info');
}

export function StatusIndicator({ status }: { status: Status }) {
  const tone = toneOf(status);
  // Plain spans: a page of rows shows 25 of these, and a styled Box costs several times more.
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, color: COLOR[tone], verticalAlign: 'middle' }}>
      <span aria-hidden style={{ display: 'inline-flex', fontSize: 16 }}>
        {tone === 'in-progress' ? <CircularProgress size={14} thickness={5} color="inherit" /> : ICON[tone]}
      </span>
      <span style={{ fontWeight: 500 }}>{status}</span>
    </span>
  );
}
