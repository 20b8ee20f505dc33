/**
 * The buyer's landed-cost choices in this browser: read through a schema that loads only when
 * something is stored, and never lost to an edit made while it loads.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'pifa.landed-cost';
const stored = {
  destination: 'UK',
  method: 'sea_rail',
  agentFeePercent: 3,
  includeTaxes: true,
  dutyPercent: 4,
  vatPercent: 20,
};

/** Fresh modules: the schema is loaded once per page. */
async function load() {
  vi.resetModules();
  return import('@/components/landed/landed-store');
}

afterEach(() => localStorage.clear());

describe('landed-cost choices', () => {
  it('are the defaults when nothing is stored, and read back at once as chosen', async () => {
    const { useLandedOptions } = await load();
    const { result } = renderHook(() => useLandedOptions());
    await waitFor(() => expect(result.current[0].destination).toBe('US'));
    act(() => result.current[1]({ ...result.current[0], method: 'economy_air' }));
    expect(result.current[0].method).toBe('economy_air');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ method: 'economy_air' });
  });

  it('show what is stored once its schema has loaded', async () => {
    localStorage.setItem(KEY, JSON.stringify(stored));
    const { useLandedOptions } = await load();
    const { result } = renderHook(() => useLandedOptions());
    await waitFor(() => expect(result.current[0]).toEqual(stored));
  });

  it('keep the stored choices when one is changed before they have been read', async () => {
    localStorage.setItem(KEY, JSON.stringify(stored));
    const { useLandedOptions } = await load();
    const { result } = renderHook(() => useLandedOptions());
    // The form still shows the defaults; the buyer changes the agent fee there.
    expect(result.current[0].destination).toBe('US');
    act(() => result.current[1]({ ...result.current[0], agentFeePercent: 7 }));
    await waitFor(() => expect(result.current[0]).toEqual({ ...stored, agentFeePercent: 7 }));
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ ...stored, agentFeePercent: 7 });
  });
});
