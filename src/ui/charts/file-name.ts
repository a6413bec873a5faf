// Download file names: "<portfolio>-<chart>.<ext>", safe on every file system.

export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s === '' ? 'portfolio' : s;
}

export function chartFileName(portfolioName: string, chart: string, extension: 'csv' | 'png' | 'svg'): string {
  return `${slug(portfolioName)}-${slug(chart)}.${extension}`;
}
