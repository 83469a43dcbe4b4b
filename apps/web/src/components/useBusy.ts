import { useCallback, useRef, useState } from 'react';

/**
 * An async action for a dialog's OK button (`onOk={run}` with `confirmLoading={busy}`): while it runs the button shows
 * it is busy and further clicks do nothing, so a double click (or an impatient second one on a slow network) sends
 * one request, not two.
 */
export function useBusy<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
): [(...args: A) => Promise<void>, boolean] {
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        await action(...args);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [action],
  );
  return [run, busy];
}
