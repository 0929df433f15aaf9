/**
 * How the editor's messages name an error. Decap's toasts put an error into their sentence as String(error), which is
 * `${name}: ${message}`: its API errors are named API_ERROR, so an editor read "保存失败：API_ERROR: …". The newsroom
 * writes its refusals for people (Chinese and English); they are shown as written, with nothing of the code around them.
 */
export const DECAP_API_ERROR = 'API_ERROR';
/** What the browser says when no answer came at all (fetch's TypeError), in Chrome, Firefox and Safari. */
const NO_ANSWER = /^(Failed to fetch|NetworkError when attempting to fetch resource\.|Load failed)$/;

/** The text a person sees for an error: its own message, or `offline` when the newsroom did not answer. */
export function plainErrorText(error: Error, offline: string): string | undefined {
  if (error.name === DECAP_API_ERROR) return error.message;
  if (error instanceof TypeError && NO_ANSWER.test(error.message)) return offline;
  return undefined;
}

/** Errors turned into text anywhere on the page read as plainErrorText says; others as before. */
export function showErrorsPlainly(offline: string) {
  const named = Error.prototype.toString;
  Error.prototype.toString = function (this: Error) {
    return plainErrorText(this, offline) ?? named.call(this);
  };
}
