/**
 * Figure, Notice and Video (components/mdx) as blocks the editor inserts with a form and reads back
 * from the text. Each block writes the one-line (or, for Notice, three-part) JSX an editor types by
 * hand, so files saved here and files written by hand look the same.
 */
type Labels = Record<'figure' | 'notice' | 'video' | 'src' | 'alt' | 'caption' | 'title' | 'text' | 'poster', string>;
type Values = Record<string, string | undefined>;

/** A JSX attribute value in double quotes; a double quote inside becomes its character reference, which MDX decodes. */
const quote = (value: string) => `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
const unquote = (value = '') => value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const attributes = (values: Values, names: string[]) =>
  names
    .filter((name) => values[name])
    .map((name) => ` ${name}=${quote(values[name]!)}`)
    .join('');
/** Attributes in any order, each `name="value"`, as `attributes` writes them and editors type them. */
const readAttributes = (text: string): Values =>
  Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, unquote(value)]));

interface BlockField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  choose_url?: boolean;
}

/** A one-line component, `<Tag name="…" … />`, whose attributes are its form's fields. */
function selfClosingBlock(id: string, label: string, tag: string, fields: BlockField[]) {
  return {
    id,
    label,
    fields,
    pattern: new RegExp(`^<${tag}((?:\\s+\\w+="[^"]*")*)\\s*\\/>$`),
    fromBlock: (match: string[]) => readAttributes(match[1]),
    toBlock: (values: Values) =>
      `<${tag}${attributes(
        values,
        fields.map(({ name }) => name),
      )} />`,
  };
}

export function componentBlocks(labels: Labels) {
  return [
    selfClosingBlock('figure', labels.figure, 'Figure', [
      { name: 'src', label: labels.src, widget: 'image', choose_url: false },
      { name: 'alt', label: labels.alt, widget: 'string' },
      { name: 'caption', label: labels.caption, widget: 'string', required: false },
    ]),
    selfClosingBlock('video', labels.video, 'Video', [
      { name: 'src', label: labels.src, widget: 'file', choose_url: false },
      { name: 'poster', label: labels.poster, widget: 'image', choose_url: false, required: false },
      { name: 'caption', label: labels.caption, widget: 'string', required: false },
    ]),
    {
      id: 'notice',
      label: labels.notice,
      fields: [
        { name: 'title', label: labels.title, widget: 'string', required: false },
        { name: 'text', label: labels.text, widget: 'text' },
      ],
      pattern: /^<Notice((?:\s+\w+="[^"]*")*)\s*>\n([\s\S]*?)\n<\/Notice>$/,
      fromBlock: (match: string[]) => ({ ...readAttributes(match[1]), text: match[2] }),
      toBlock: (values: Values) => `<Notice${attributes(values, ['title'])}>\n${(values.text ?? '').trim()}\n</Notice>`,
    },
  ];
}
