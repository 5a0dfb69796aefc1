// `npm run bench`'s stack floor: the console's stack alone (React, MUI, the SDK with the console's
// XML parser), no app code, doing what the clusters table must: every page of both Describe calls
// from the same service, then the frame, the count and the first 25 rows. What any console on this
// stack pays before its rows, against which the console's own code is measured.
import { DescribeCacheClustersCommand, DescribeReplicationGroupsCommand, ElastiCacheClient, type CacheCluster } from '@aws-sdk/client-elasticache';
import { AppBar, Button, CssBaseline, Table, TableCell, TableHead, TableRow, ThemeProvider, Toolbar, Typography, createTheme } from '@mui/material';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
// The emulator build's floor starts the same in-browser emulator (its boot chunk) first.
const boot = meta('bench-emulator-boot');
const ready = boot
  ? import(/* @vite-ignore */ boot).then((m: Record<string, unknown>) => Object.values(m).find((v) => v instanceof Promise))
  : Promise.resolve();
const client = new ElastiCacheClient({
  endpoint: meta('bench-endpoint'),
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDBENCHFLOOR', secretAccessKey: 'bench' },
  maxAttempts: 1,
});

async function everyPage<T>(page: (marker: string | undefined) => Promise<{ items: T[]; marker: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const out = await page(marker);
    items.push(...out.items);
    marker = out.marker;
  } while (marker);
  return items;
}

const data = ready.then(() =>
  Promise.all([
    everyPage(async (Marker) => {
      const out = await client.send(new DescribeCacheClustersCommand({ MaxRecords: 100, Marker, ShowCacheNodeInfo: true }));
      return { items: out.CacheClusters ?? [], marker: out.Marker };
    }),
    everyPage(async (Marker) => {
      const out = await client.send(new DescribeReplicationGroupsCommand({ MaxRecords: 100, Marker }));
      return { items: out.ReplicationGroups ?? [], marker: out.Marker };
    }),
  ]),
);

const theme = createTheme({ palette: { primary: { main: '#0972d3' } } });
const HEAD = ['', 'Name', 'Mode', 'Shards', 'Nodes', 'Node type', 'Status', 'Engine version'];

function Floor() {
  const [clusters, setClusters] = useState<CacheCluster[]>();
  useEffect(() => void data.then(([c]) => setClusters(c)), []);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AppBar position="static">
        <Toolbar>
          <Typography>ElastiCache</Typography>
        </Toolbar>
      </AppBar>
      <main>
        <Typography variant="h5" component="h1">
          Redis OSS caches{clusters ? ` (${clusters.length})` : ''}
        </Typography>
        <Button variant="contained">Backup</Button>
        <Table size="small">
          <TableHead>
            <TableRow>
              {HEAD.map((h) => (
                <TableCell key={h}>{h}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          {/* Plain rows, as the console's (src/components/plain-rows.ts). */}
          <tbody>
            {clusters?.slice(0, 25).map((c) => (
              <tr key={c.CacheClusterId}>
                <td>
                  <input type="radio" name="cache" aria-label={`Select ${c.CacheClusterId}`} />
                </td>
                <td>
                  <a href={`/redis-oss-caches/${c.CacheClusterId}`}>{c.CacheClusterId}</a>
                </td>
                <td>Cluster mode disabled</td>
                <td>1</td>
                <td>{c.NumCacheNodes}</td>
                <td>{c.CacheNodeType}</td>
                <td>{c.CacheClusterStatus}</td>
                <td>{c.EngineVersion}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </main>
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Floor />);
