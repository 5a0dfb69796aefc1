const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Natural, case-insensitive order ("cluster-2" before "cluster-10"): what
 * `Intl.Collator('en', { numeric: true, sensitivity: 'base' })` gives for the tables' values
 * (ids, statuses, node types, versions: letters, digits, `-` and `.`), without Intl, whose
 * first use costs 10–15 ms of ICU setup before the first rows (issue 17).
 */
export function naturalCompare(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    if (isDigit(cx) && isDigit(cy)) {
      let endX = i;
      while (endX < x.length && isDigit(x.charCodeAt(endX))) endX++;
      let endY = j;
      while (endY < y.length && isDigit(y.charCodeAt(endY))) endY++;
      // Numbers by value: without leading zeros, the longer is the larger.
      const nx = x.slice(i, endX).replace(/^0+/, '');
      const ny = y.slice(j, endY).replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      i = endX;
      j = endY;
    } else {
      if (cx !== cy) return cx - cy;
      i++;
      j++;
    }
  }
  return x.length - i - (y.length - j);
}
