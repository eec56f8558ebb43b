import type { HTMLAttributes, ReactNode } from 'react';

type Level = 1 | 2 | 3 | 4;

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: Level;
  children: ReactNode;
}

/** An NL Design System heading (utrecht-heading-N) at the document level given. */
export function Heading({ level, className, children, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag {...rest} className={cx(`utrecht-heading-${level}`, className)}>
      {children}
    </Tag>
  );
}

interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  lead?: boolean;
}

export function Paragraph({ lead, className, ...rest }: ParagraphProps) {
  return <p {...rest} className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)} />;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
