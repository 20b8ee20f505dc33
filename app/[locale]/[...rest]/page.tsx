import { notFound } from 'next/navigation';

/** Any other path is a 404, rendered by app/[locale]/not-found.tsx (and cached like a page). */
export const revalidate = 300;

export function generateStaticParams(): { rest: string[] }[] {
  return [];
}

export default function UnknownPage(): never {
  notFound();
}
