import { Radio, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { paths } from '../../components/paths';
import { RouterLink } from '../../components/RouterLink';
import { ScrollableTable } from '../../components/ScrollableTable';
import { SortHeader, type SortState } from '../../components/SortHeader';
import { isEngine } from '../../domain/engines';
import { clusterKey, type RedisCluster } from '../../domain/cluster';
import { clusterCheckboxId, type ClusterColumn } from './cluster-columns';

interface ClustersTableProps {
  /** The table's name: "Redis OSS caches". */
  label: string;
  clusters: RedisCluster[];
  /** The selected row's clusterKey; no selection column when the list is read-only. */
  selectedKey: string | null;
  onSelect?: (key: string) => void;
  sort: SortState;
  /** The columns after Name (columnsFor: each engine's). */
  columns: ClusterColumn[];
}

export function ClustersTable({ label, clusters, selectedKey, onSelect, sort, columns }: ClustersTableProps) {
  return (
    <ScrollableTable>
      <Table size="small" aria-label={label} sx={{ '& th, & td': { px: 1.25 } }}>
        <TableHead>
          <TableRow>
            {onSelect ? (
              <TableCell padding="checkbox">
                <span className="visually-hidden">Select</span>
              </TableCell>
            ) : null}
            <SortHeader id="name" sort={sort}>
              Name
            </SortHeader>
            {columns.map((col) =>
              col.sortValue ? (
                <SortHeader key={col.id} id={col.id} sort={sort} align={col.align}>
                  {col.header}
                </SortHeader>
              ) : (
                <TableCell key={col.id} component="th" scope="col" align={col.align}>
                  {col.header}
                </TableCell>
              ),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {clusters.map((cluster) => {
            const key = clusterKey(cluster);
            const isSelected = selectedKey === key;
            return (
              <TableRow key={key} hover selected={isSelected} aria-selected={onSelect ? isSelected : undefined}>
                {onSelect ? (
                  <TableCell padding="checkbox">
                    <Radio
                      checked={isSelected}
                      onChange={() => onSelect(key)}
                      name="cache-selection"
                      slotProps={{ input: { 'aria-label': `Select ${cluster.id}`, id: clusterCheckboxId(cluster) } }}
                    />
                  </TableCell>
                ) : null}
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  {isEngine(cluster.engine) ? <RouterLink href={paths.cache(cluster.engine, cluster.id)}>{cluster.id}</RouterLink> : cluster.id}
                </TableCell>
                {columns.map((col) => (
                  <TableCell key={col.id} align={col.align} sx={{ whiteSpace: col.wrap ? 'normal' : 'nowrap' }}>
                    {col.cell(cluster)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollableTable>
  );
}
