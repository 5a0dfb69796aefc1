import { TableContainer, Typography } from '@mui/material';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Shadows at an edge with more columns beyond it: they scroll with the content
 * (`local`) over fixed ones (`scroll`), so each shows only while there is more to see.
 */
const SCROLL_SHADOWS = {
  background: [
    'linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left center / 40px 100% no-repeat local',
    'linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right center / 40px 100% no-repeat local',
    'radial-gradient(farthest-side at 0 50%, rgba(0,0,0,0.25), rgba(0,0,0,0)) left center / 14px 100% no-repeat scroll',
    'radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,0.25), rgba(0,0,0,0)) right center / 14px 100% no-repeat scroll',
  ].join(', '),
};

/** Whether the element's content is wider than the element, kept up to date as either resizes. */
function useOverflowsX() {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

/** A table that may be wider than the page: it scrolls sideways, and says so when it does. */
export function ScrollableTable({ children }: { children: ReactNode }) {
  const { ref, overflows } = useOverflowsX();
  return (
    <>
      {overflows ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
          Scroll the table sideways to see every column.
        </Typography>
      ) : null}
      {/* Positioned, so the visually hidden labels inside scroll with the table instead of widening the page. */}
      <TableContainer ref={ref} sx={{ position: 'relative', ...SCROLL_SHADOWS }}>
        {children}
      </TableContainer>
    </>
  );
}
