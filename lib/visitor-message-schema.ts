/**
 * The service's checks of a visitor's message (lib/visitor-message.ts has the limits the form shows), and the shape of
 * a published answer.
 */
import { z } from 'zod';
import { LOCALES } from '../i18n/locales.mjs';
import { MESSAGE_KINDS, MESSAGE_LIMITS, type MessageField, type MessageProblem } from './visitor-message';

const characters = (text: string) => [...text].length;
/** A field left empty; anything but text (an object, a number) is not empty but invalid, and is never made a string. */
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const text = (max: number) =>
  z
    .string()
    .trim()
    .refine((value) => characters(value) <= max, { params: { problem: 'tooLong' } });
const optionalText = (max: number) => text(max).optional().default('');

export const visitorMessage = z
  .object({
    kind: z.enum(MESSAGE_KINDS),
    title: text(MESSAGE_LIMITS.title).pipe(z.string().min(1)),
    content: text(MESSAGE_LIMITS.content).pipe(z.string().min(1)),
    name: optionalText(MESSAGE_LIMITS.name),
    // Digits, spaces, +, -, ( and ): a mobile, a landline with its area code, an extension.
    phone: optionalText(MESSAGE_LIMITS.phone).pipe(z.string().regex(/^$|^[0-9+\-() ]{5,}$/)),
    email: optionalText(MESSAGE_LIMITS.email).pipe(z.union([z.literal(''), z.email()])),
    consent: z.literal(true, { error: 'noConsent' }),
  })
  .refine((message) => message.phone !== '' || message.email !== '', { path: ['phone'], params: { problem: 'noReply' } });
export type VisitorMessage = z.infer<typeof visitorMessage>;

/** The first problem of each refused field, in the form's order. */
export function messageProblems(body: unknown): { field: MessageField; problem: MessageProblem }[] | VisitorMessage {
  const input = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const parsed = visitorMessage.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = new Map<MessageField, MessageProblem>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'consent') as MessageField;
    if (problems.has(field)) continue;
    const given = input[field];
    const problem: MessageProblem =
      field === 'consent'
        ? 'noConsent'
        : ((issue as { params?: { problem?: MessageProblem } }).params?.problem ?? (isBlank(given) ? 'required' : 'invalid'));
    problems.set(field, problem);
  }
  // The object's own rule runs only when its fields pass: a way to reply is asked for together with the rest.
  const blank = (field: MessageField) => isBlank(input[field]);
  if (blank('phone') && blank('email') && !problems.has('phone')) problems.set('phone', 'noReply');
  const order: MessageField[] = ['kind', 'title', 'content', 'name', 'phone', 'email', 'consent'];
  return order.filter((field) => problems.has(field)).map((field) => ({ field, problem: problems.get(field)! }));
}

/** A 查询码 look-up: the code as typed (normalized by the caller). */
export const lookupRequest = z.object({ code: z.string().max(64) });

/**
 * One 公开答复 as the newsroom hands it to a build (lib/public-answers.ts reads the file): the question and the
 * answer a reviewer chose to publish, never the writer's name, phone or email.
 */
export const publicAnswer = z.strictObject({
  kind: z.enum(MESSAGE_KINDS),
  locale: z.enum(LOCALES),
  title: z.string().min(1),
  content: z.string().min(1),
  answer: z.string().min(1),
  /** China's calendar days, YYYY-MM-DD. */
  asked: z.iso.date(),
  answered: z.iso.date(),
});
export type PublicAnswer = z.infer<typeof publicAnswer>;
