/**
 * A session's absolute lifetime: it ends this long after sign-in however busy it is (the idle limit, SESSION_IDLE_MS,
 * alone lets a stolen cookie live for ever while it is used), and the person signs in again.
 */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** True for a session signed in longer ago than its lifetime, or before sign-in times were kept. */
export const sessionOutlived = (signedInAt: number | undefined, now = Date.now()) =>
  signedInAt === undefined || now - signedInAt > SESSION_LIFETIME_MS;
