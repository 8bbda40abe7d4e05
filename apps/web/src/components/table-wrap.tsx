import { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone. The region takes focus so a
 * keyboard user can scroll it too (WCAG 2.1.1); its name is the table's caption.
 */
export function TableWrap({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
