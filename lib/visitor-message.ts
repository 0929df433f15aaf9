/**
 * 在线留言: what a visitor's message is, declared once for the contact page's form (its limits and its error words)
 * and the newsroom service that stores it (the same checks on what arrives). Labels and error words live in
 * messages/<locale>.json under `MessageForm`.
 */
import { z } from 'zod';

export const MESSAGE_KINDS = ['question', 'suggestion', 'complaint', 'other'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Lengths in characters as a reader counts them (code points), not UTF-16 units. */
export const MESSAGE_LIMITS = { title: 50, content: 1000, name: 50, phone: 30, email: 100 } as const;

/** 待处理, 已回复, 不予受理. */
export const MESSAGE_STATUSES = ['pending', 'answered', 'rejected'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Why a field is refused: the key of its words under MessageForm.errors. */
export type MessageProblem = 'required' | 'tooLong' | 'invalid' | 'noReply' | 'noConsent';
export type MessageField = 'kind' | 'title' | 'content' | 'name' | 'phone' | 'email' | 'consent';

const characters = (text: string) => [...text].length;
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
        : ((issue as { params?: { problem?: MessageProblem } }).params?.problem ??
          (given === undefined || String(given).trim() === '' ? 'required' : 'invalid'));
    problems.set(field, problem);
  }
  // The object's own rule runs only when its fields pass: a way to reply is asked for together with the rest.
  const blank = (field: MessageField) => String(input[field] ?? '').trim() === '';
  if (blank('phone') && blank('email') && !problems.has('phone')) problems.set('phone', 'noReply');
  const order: MessageField[] = ['kind', 'title', 'content', 'name', 'phone', 'email', 'consent'];
  return order.filter((field) => problems.has(field)).map((field) => ({ field, problem: problems.get(field)! }));
}

/** A 查询码: 12 characters without look-alikes (0/O, 1/I/L), about 59 bits from a cryptographic source. */
export const LOOKUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const LOOKUP_CODE_LENGTH = 12;
export const LOOKUP_CODE_PATTERN = new RegExp(`^[${LOOKUP_CODE_ALPHABET}]{${LOOKUP_CODE_LENGTH}}$`);

/** A code as typed: spaces and dashes between groups dropped, lower case accepted. */
export function normalizeLookupCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
