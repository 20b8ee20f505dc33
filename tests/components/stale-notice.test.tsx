/**
 * A cached copy shown in place of fresh data says when it is from: the time as the server wrote
 * it while the page becomes interactive, then how long ago once the page has been idle.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaleNotice } from '@/components/ui/stale-notice';
import { renderIn } from '../setup/intl';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: new Date('2026-12-01T10:00:00.000Z'),
  });
});
afterEach(() => vi.useRealTimers());

describe('the stale notice', () => {
  it('says nothing for fresh data', () => {
    const { container } = renderIn(
      <StaleNotice result={{ stale: false, fetchedAt: '2026-12-01T08:00:00.000Z' }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('gives the time of the copy, then how long ago it was, in the page language', () => {
    renderIn(<StaleNotice result={{ stale: true, fetchedAt: '2026-12-01T08:00:00.000Z' }} />, {
      locale: 'ru',
    });
    const notice = screen.getByTestId('stale-notice');
    expect(notice).toHaveRole('status');
    expect(notice).toHaveTextContent(/08:00 UTC/);
    expect(notice.querySelector('time')).toHaveAttribute('datetime', '2026-12-01T08:00:00.000Z');
    act(() => vi.advanceTimersByTime(250));
    expect(notice).toHaveTextContent('2 часа назад');
    expect(notice).not.toHaveTextContent('UTC');
  });
});
