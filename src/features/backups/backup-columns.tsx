import type { ReactNode } from 'react';
import { StatusIndicator } from '../../components/StatusIndicator';
import { formatSize, type Backup } from '../../domain/backup';

interface Column {
  id: string;
  header: string;
  align?: 'right';
  cell: (b: Backup) => ReactNode;
  /** The cell as text, which the table's filter searches. */
  text: (b: Backup) => string;
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
  { id: 'cluster', header: 'Cluster', cell: (b) => b.clusterId || '–', text: (b) => b.clusterId },
  { id: 'type', header: 'Type', cell: (b) => b.type, text: (b) => b.type },
  { id: 'status', header: 'Status', cell: (b) => <StatusIndicator status={b.status} />, text: (b) => b.status, wrap: true },
  { id: 'size', header: 'Size', align: 'right', cell: (b) => formatSize(b.sizeMb), text: (b) => formatSize(b.sizeMb) },
  { id: 'nodeType', header: 'Node type', cell: (b) => b.nodeType ?? '–', text: (b) => b.nodeType ?? '' },
  { id: 'engineVersion', header: 'Engine version', cell: (b) => b.engineVersion ?? '–', text: (b) => b.engineVersion ?? '' },
];

/** The AWS console's text filter: a backup matches when its name or any column's text contains the needle. */
export const matchesFilter = (b: Backup, needle: string) =>
  b.name.includes(needle) || backupColumns.some((c) => c.text(b).toLowerCase().includes(needle));
