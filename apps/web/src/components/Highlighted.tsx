import { Fragment } from 'react';

/**
 * Renders text in which the search engine marked hits with <mark>…</mark>. The text is never parsed as HTML:
 * it is split on the two tags only, so markup a user typed into a listing shows as text.
 */
export function Highlighted({ text }: { text: string | null | undefined }) {
  const parts = (text ?? '').split(/(<mark>|<\/mark>)/);
  let inMark = false;
  return (
    <>
      {parts.map((part, i) => {
        if (part === '<mark>') {
          inMark = true;
          return null;
        }
        if (part === '</mark>') {
          inMark = false;
          return null;
        }
        return inMark ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}

/** Marks each occurrence of the given terms in a plain text (evidence for a match). */
export function markTerms(text: string, terms: string[]): string {
  const usable = [...new Set(terms.filter((t) => t.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (!usable.length) return text;
  const pattern = new RegExp(`(${usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text.replace(/<\/?mark>/g, '').replace(pattern, '<mark>$1</mark>');
}
