/** The ALTCHA challenge of 在线留言 solved as the visitor's widget solves it: the `altcha` field of a message. */
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

export async function solvedChallenge(messagesApi: string, init: RequestInit = {}): Promise<string> {
  const challenge = (await (await fetch(`${messagesApi}/challenge`, init)).json()) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}
