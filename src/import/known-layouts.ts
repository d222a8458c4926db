/**
 * Sites whose pages, copied as plain text, can be recognised by the labels of their dateline. The text
 * never names the publication itself, so the layout is the only clue. Add a row to recognise another.
 */
export const KNOWN_LAYOUTS: readonly { readonly publication: string; readonly labels: readonly string[] }[] =
  [
    // "May 17, 2020 Topic: Security Region: Asia Blog Brand: Korea Watch Tags: …"
    { publication: 'The National Interest', labels: ['Topic', 'Blog Brand'] },
  ];

/** The publication whose dateline carries all these labels, if one is known. */
export function publicationOfLayout(labels: readonly string[]): string | undefined {
  const printed = new Set(labels);
  return KNOWN_LAYOUTS.find((layout) => layout.labels.every((label) => printed.has(label)))?.publication;
}
