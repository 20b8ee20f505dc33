'use client';

/**
 * Sends a picture to POST /api/image-search and opens its results. The browser's own checks
 * (type and size) answer at once; the server's answer is the last word, and its message is
 * shown as it is.
 */
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { ACCEPTED_IMAGE_TYPES, MAX_IMAGE_BYTES } from '@/lib/domain/image-types';
import { announceNavigation } from '@/components/layout/navigation-events';

export type UploadState = { status: 'idle' | 'uploading' } | { status: 'error'; message: string };

/** The first picture among dropped or pasted items, if any. */
export function pictureIn(items: DataTransfer | null): File | null {
  if (!items) return null;
  for (const file of Array.from(items.files)) if (file.type.startsWith('image/')) return file;
  return items.files[0] ?? null;
}

export function useImageUpload() {
  const t = useTranslations('ImageSearch');
  const router = useRouter();
  const [state, setState] = useState<UploadState>({ status: 'idle' });

  const upload = useCallback(
    async (file: File): Promise<boolean> => {
      const fail = (message: string) => {
        setState({ status: 'error', message });
        return false;
      };
      if (file.size === 0) return fail(t('empty'));
      if (file.size > MAX_IMAGE_BYTES) return fail(t('tooLarge'));
      if (file.type && !(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
        return fail(t('wrongType'));
      }
      setState({ status: 'uploading' });
      try {
        const body = new FormData();
        body.set('image', file, file.name || 'picture');
        const res = await fetch('/api/image-search', { method: 'POST', body });
        const json = (await res.json().catch(() => null)) as {
          data?: unknown;
          error?: { message?: string; hint?: string };
        } | null;
        // The schema comes with the first upload, not with every page.
        const { uploadedImage } = await import('@/lib/domain/schemas');
        const parsed = uploadedImage.safeParse(json?.data);
        if (!res.ok || !parsed.success) {
          // The server's own words (English) when it gives them.
          const message = json?.error?.message ?? t('uploadFailed');
          return fail(json?.error?.hint ? `${message}. ${json.error.hint}` : message);
        }
        announceNavigation(parsed.data.href);
        router.push(parsed.data.href);
        setState({ status: 'idle' });
        return true;
      } catch {
        return fail(t('sendFailed'));
      }
    },
    [router, t],
  );

  return { state, upload, reset: useCallback(() => setState({ status: 'idle' }), []) };
}
