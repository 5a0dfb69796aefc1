import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Button, Tab, Tabs, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { config } from '../config';
import type { ApiRequest } from '../domain/api-request';
import { useCliTarget } from '../api/cli-target';
import { cliCommand, queryRequest, type CliTarget } from '../domain/aws-cli';

const VIEWS = [
  { label: 'AWS CLI (Linux, macOS)', render: (r: ApiRequest, target: CliTarget) => cliCommand(r, 'unix', target) },
  { label: 'AWS CLI (Windows)', render: (r: ApiRequest, target: CliTarget) => cliCommand(r, 'windows', target) },
  { label: 'API request', render: (r: ApiRequest) => queryRequest(r, config.endpoint) },
] as const;

/** The action as an AWS CLI command and an API request, built from what the user entered. */
export function CliPreview({ request }: { request: ApiRequest }) {
  const [view, setView] = useState(0);
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  const current = VIEWS[view] ?? VIEWS[0];
  const text = current.render(request, useCliTarget());

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied the ${current.label} text.`);
    } catch {
      setCopied('Copying was blocked by the browser: select the text and copy it instead.');
    }
  };

  return (
    <Accordion variant="outlined" disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${id}-content`} id={`${id}-header`}>
        <Typography variant="body2">Equivalent AWS CLI command and API request</Typography>
      </AccordionSummary>
      <AccordionDetails id={`${id}-content`}>
        <Tabs value={view} onChange={(_e, v: number) => setView(v)} aria-label="Command format" variant="scrollable">
          {VIEWS.map((v) => (
            <Tab key={v.label} label={v.label} sx={{ textTransform: 'none' }} />
          ))}
        </Tabs>
        <Box
          component="pre"
          aria-label={current.label}
          tabIndex={0}
          sx={{ m: 0, mt: 1, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, overflowX: 'auto', fontSize: 13 }}
        >
          {text}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
          <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
            Copy to clipboard
          </Button>
          <Typography variant="body2" role="status" color="text.secondary">
            {copied}
          </Typography>
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
