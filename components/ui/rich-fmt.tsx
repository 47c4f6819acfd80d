import { Fragment, type ReactNode } from "react";

/**
 * Like fmt() (lib/i18n/format.ts) but the values may be elements (links, emphasis): the
 * dictionary keeps the word order of each language, the component supplies the pieces.
 */
export function richFmt(template: string, vars: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in vars ? vars[name] : part}</Fragment>;
  });
}
