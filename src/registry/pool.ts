/**
 * Like Promise.all with a concurrency limit: after a failure no new item starts, and the first
 * failure (in input order) is thrown once the work in flight has finished (nothing is left
 * running behind). Results keep input order.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const values: R[] = [];
  let next = 0;
  const failures: { index: number; reason: unknown }[] = [];
  const worker = async (): Promise<void> => {
    while (next < items.length && failures.length === 0) {
      const index = next++;
      try {
        values[index] = await fn(items[index] as T, index);
      } catch (reason) {
        failures.push({ index, reason });
      }
    }
  };
  const count = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: count }, worker));
  const first = failures.sort((a, b) => a.index - b.index)[0];
  if (first) throw first.reason;
  return values;
}
