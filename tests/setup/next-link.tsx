import type { ReactNode } from 'react';

/** next/link for component tests: a plain anchor (prefetching is the router's business). */
export default function Link({
  href,
  children,
  prefetch: _prefetch,
  ...rest
}: {
  href: string;
  children: ReactNode;
  prefetch?: boolean;
}) {
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
