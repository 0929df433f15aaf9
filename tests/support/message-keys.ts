/** A tree of messages, as in messages/<locale>.json and Decap's phrase catalogues. */
export type MessageTree = { [key: string]: string | MessageTree };

/** The dotted path of every message in a tree: "Footer.copyright". */
export function leafKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}
