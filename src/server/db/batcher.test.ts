import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.ts';

/** A run that records its batches and answers each item doubled, after `release()` when gated. */
function recorder(gated = false) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const run = async (items: number[]) => {
    batches.push(items);
    if (gated) await new Promise<void>((resolve) => gates.push(resolve));
    return items.map((n) => n * 2);
  };
  const release = () => {
    for (const open of gates.splice(0)) open();
  };
  return { batches, run, release };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Waits (up to 100 turns of the event loop) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await turn();
  expect(done()).toBe(true);
}

describe('Batcher', () => {
  it('runs the items of one turn together and gives each caller its own result', async () => {
    const r = recorder();
    const b = new Batcher(r.run, { maxBatch: 100, maxInFlight: 1 });
    const results = await Promise.all([1, 2, 3].map((n) => b.submit(n)));
    expect(results).toEqual([2, 4, 6]);
    expect(r.batches).toEqual([[1, 2, 3]]);
  });

  it('queues what arrives while a batch runs and sends it as the next batch, split at maxBatch', async () => {
    const r = recorder(true);
    const b = new Batcher(r.run, { maxBatch: 2, maxInFlight: 1 });
    const first = b.submit(1);
    await until(() => r.batches.length === 1);
    const later = [2, 3, 4].map((n) => b.submit(n));
    await turn();
    expect(r.batches).toEqual([[1]]);
    r.release();
    expect(await first).toBe(2);
    await until(() => r.batches.length === 2);
    expect(r.batches[1]).toEqual([2, 3]);
    r.release();
    await until(() => r.batches.length === 3);
    r.release();
    expect(await Promise.all(later)).toEqual([4, 6, 8]);
    expect(r.batches).toEqual([[1], [2, 3], [4]]);
  });

  it('runs up to maxInFlight batches at once', async () => {
    const r = recorder(true);
    const b = new Batcher(r.run, { maxBatch: 1, maxInFlight: 2 });
    const all = [1, 2, 3].map((n) => b.submit(n));
    await until(() => r.batches.length === 2);
    await turn();
    expect(r.batches).toEqual([[1], [2]]);
    r.release();
    await until(() => r.batches.length === 3);
    r.release();
    expect(await Promise.all(all)).toEqual([2, 4, 6]);
  });

  it('after a failed batch, runs each item alone so only the bad one fails', async () => {
    const batches: number[][] = [];
    const b = new Batcher(
      async (items: number[]) => {
        batches.push(items);
        if (items.includes(13)) throw new Error('unlucky');
        return items;
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const settled = await Promise.allSettled([1, 13, 2].map((n) => b.submit(n)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([[1, 13, 2], [1], [13], [2]]);
  });

  it('treats a run that answers the wrong number of results as failed', async () => {
    const b = new Batcher(async (_items: number[]) => [], { maxBatch: 10, maxInFlight: 1 });
    await expect(b.submit(1)).rejects.toThrow(/0 results for 1 items/);
  });
});
