import type { ReactNode } from 'react';
import { StatusIndicator } from '../../components/StatusIndicator';
import { formatSize, type Backup } from '../../domain/backup';

interface Column {
  id: string;
  header: string;
  align?: 'right';
  cell: (b: Backup) => ReactNode;
  /** May wrap (at a hyphen) so the column stays narrow. */
  wrap?: boolean;
}

/** `2026-11-25 04:17 UTC` (minutes are enough); the table says UTC once, in its header. */
export const formatTime = (d: Date | undefined, zone = true) =>
  d ? `${d.toISOString().slice(0, 16).replace('T', ' ')}${zone ? ' UTC' : ''}` : 'In progress';

/** The row's radio, where focus goes back after an action on the backup. */
export const backupRadioId = (name: string) => `select-backup-${name}`;

/** The Backups table's columns after Name; Created is sortable and rendered by the table. */
export const backupColumns: Column[] = [
  { id: 'cluster', header: 'Cluster', cell: (b) => b.clusterId || '–' },
  { id: 'type', header: 'Type', cell: (b) => b.type },
  { id: 'status', header: 'Status', cell: (b) => <StatusIndicator status={b.status} />, wrap: true },
  { id: 'size', header: 'Size', align: 'right', cell: (b) => formatSize(b.sizeMb) },
  { id: 'nodeType', header: 'Node type', cell: (b) => b.nodeType ?? '–' },
  { id: 'engineVersion', header: 'Engine version', cell: (b) => b.engineVersion ?? '–' },
];
