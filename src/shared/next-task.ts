/**
 * Resolves in a task of its own, after what is queued (input, a worker's message, a frame).
 * Splits work that would otherwise make one long main-thread task. A MessageChannel task, not
 * setTimeout: nested timers are clamped to 4 ms.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
