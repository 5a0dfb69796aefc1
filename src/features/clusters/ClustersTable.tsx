import { Table, TableCell, TableHead, TableRow } from '@mui/material';
import { paths } from '../../components/paths';
import { PLAIN_TABLE } from '../../components/plain-rows';
import { PlainCell } from '../../components/PlainCell';
import { SelectCell } from '../../components/SelectCell';
import { PlainRouterLink } from '../../components/RouterLink';
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
      <Table size="small" aria-label={label} sx={PLAIN_TABLE}>
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
        {/* Plain elements, styled once by PLAIN_TABLE: the rows are most of the first screen's rendering. */}
        <tbody>
          {clusters.map((cluster) => {
            const key = clusterKey(cluster);
            const isSelected = selectedKey === key;
            return (
              <tr key={key} aria-selected={onSelect ? isSelected : undefined}>
                {onSelect ? (
                  <SelectCell name="cache-selection" label={`Select ${cluster.id}`} id={clusterCheckboxId(cluster)} checked={isSelected} onSelect={() => onSelect(key)} />
                ) : null}
                <th scope="row">
                  {isEngine(cluster.engine) ? <PlainRouterLink href={paths.cache(cluster.engine, cluster.id)}>{cluster.id}</PlainRouterLink> : cluster.id}
                </th>
                {columns.map((col) => (
                  <PlainCell key={col.id} align={col.align} wrap={col.wrap}>
                    {col.cell(cluster)}
                  </PlainCell>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </ScrollableTable>
  );
}
