/**
 * Runs `work` over every item with at most `limit` in flight (file reads,
 * image probes, card drawing): each worker takes the next item until none is
 * left.
 */
export async function eachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}
