'use client';

/**
 * Typeahead suggestions for what is being typed, from GET /api/suggest through SWR: asked
 * once the buyer pauses (150 ms), the previous list kept while the next one loads, answers
 * validated with the domain schema (loaded with the first answer, not with the page). A failure
 * shows no suggestions: searching still works.
 */
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import type { Suggestion } from '@/lib/domain/schemas';

const PAUSE_MS = 150;

async function fetchSuggestions(url: string): Promise<Suggestion[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`suggest answered ${res.status}`);
  const body = (await res.json()) as { data?: unknown };
  const { suggestions } = await import('@/lib/domain/schemas');
  return suggestions.parse(body.data).suggestions;
}

export function useSuggestions(text: string, enabled: boolean): Suggestion[] {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const q = settled.trim() ? settled : '';
  const { data } = useSWR(
    enabled && q && q.length <= 100 ? `/api/suggest?q=${encodeURIComponent(q)}` : null,
    fetchSuggestions,
    { keepPreviousData: true, revalidateOnFocus: false, dedupingInterval: 60_000 },
  );
  return enabled && text.trim() ? (data ?? []) : [];
}
