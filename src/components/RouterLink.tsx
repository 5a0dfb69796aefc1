import { Link, type LinkProps } from '@mui/material';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './router';

/** A plain left click navigates in-app; a modified or middle click is left to the browser. */
export function followInApp(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(href);
}

/** An anchor that navigates in-app on a plain click and behaves as a link otherwise. */
export function RouterLink({ href, onClick, ...props }: LinkProps & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    followInApp(event, href);
  };
  return <Link href={href} onClick={handleClick} {...props} />;
}

/**
 * RouterLink without MUI's component: a table row's link, styled once by its table
 * (PLAIN_TABLE, src/components/plain-rows.ts). A page of rows renders dozens of these.
 */
export function PlainRouterLink({ href, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    followInApp(event, href);
  };
  return <a href={href} onClick={handleClick} {...props} />;
}
