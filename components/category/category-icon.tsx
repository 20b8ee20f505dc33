import { GLYPHS, glyphForCategoryName } from '@/lib/domain/glyphs';

export function CategoryIcon({ name, className = 'size-7' }: { name: string; className?: string }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {GLYPHS[glyphForCategoryName(name)].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
