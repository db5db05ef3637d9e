import { describe, expect, it } from 'vitest';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { abortable, Stopped, STOPPED_MESSAGE, withTimeLimit } from '../../workbook/io/cancellation.ts';

describe('cancellation', () => {
  it('rejects as soon as the signal aborts, with its reason, while the work runs on unawaited', async () => {
    const controller = new AbortController();
    const never = new Promise<never>(() => {});
    const stopped = abortable(never, controller.signal);
    controller.abort(new Stopped());
    await expect(stopped).rejects.toThrow(STOPPED_MESSAGE);
  });

  it('settles as the work does when the signal never aborts', async () => {
    await expect(abortable(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    await expect(abortable(Promise.reject(new Error('broke')), new AbortController().signal)).rejects.toThrow('broke');
  });

  it('fails a render past its time limit with a message that names it, not a DOMException', async () => {
    const signal = withTimeLimit(undefined, 20, 'Pagination did not finish within 0.02 s');
    await expect(abortable(new Promise(() => {}), signal)).rejects.toThrow(
      new FriendlyError('Pagination did not finish within 0.02 s'),
    );
  });

  it('stops on the caller’s signal before the time limit', () => {
    const controller = new AbortController();
    const signal = withTimeLimit(controller.signal, 60_000, 'too slow');
    controller.abort(new Stopped());
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(Stopped);
  });
});
