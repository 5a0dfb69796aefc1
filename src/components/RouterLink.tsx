import { Link, type LinkProps } from '@mui/material';
import type { MouseEvent } from 'react';
import { navigate } from './router';

/** An anchor that navigates in-app on a plain click and behaves as a link otherwise. */
export function RouterLink({ href, onClick, ...props }: LinkProps & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <Link href={href} onClick={handleClick} {...props} />;
}
