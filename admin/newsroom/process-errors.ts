/**
 * The last line of defence: every handler and every step of a release reports its own failures, so what arrives here
 * is a bug. A rejected promise leaves no half-done synchronous state behind: it is logged with its stack and the
 * service keeps serving. An uncaught exception may have left anything half-done: it is logged, and the service stops
 * the way systemd stops it (a running release finishes first, shutdown.ts), with exit code 1, so that systemd starts
 * it again (Restart=on-failure).
 */
export function logProcessErrors(): void {
  process.on('unhandledRejection', (reason) => {
    const detail = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    console.error(`未处理的异步错误，服务继续运行 / an unhandled rejection, the service keeps serving:\n${detail}`);
  });
  process.on('uncaughtException', (error) => {
    console.error(
      `未捕获的错误，服务将停止并由 systemd 重启 / an uncaught exception: stopping, for systemd to restart:\n${error.stack ?? error.message}`,
    );
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  });
}
