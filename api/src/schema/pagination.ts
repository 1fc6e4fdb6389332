/**
 * Page sizes of every connection (`first` / `last`): one maximum, refused above it and below
 * zero, never silently clamped. Checked before execution, over HTTP and WebSocket, with the
 * request's variables: the query cost reads every connection's page size from here
 * (query-cost.ts). The Prisma connections take the same maximum (builder.ts) as a backstop.
 */
import { PothosValidationError } from '@pothos/core';

/** The largest `first` / `last` any connection accepts. */
export const maxPageSize = 100;
/** The page size of a connection asked for without `first` or `last`. */
export const defaultPageSize = 20;

/** A refused `first` / `last`; `extensions.code` says which rule it broke. */
export class PageSizeError extends PothosValidationError {
  constructor(argument: 'first' | 'last', value: number) {
    const tooLarge = value > maxPageSize;
    super(
      tooLarge
        ? `"${argument}" is ${value}; a page holds at most ${maxPageSize} items (page with "after" / "before").`
        : `"${argument}" must be between 0 and ${maxPageSize}, not ${value}.`,
      { extensions: { code: tooLarge ? 'PAGE_SIZE_TOO_LARGE' : 'BAD_USER_INPUT', argument, maxPageSize } },
    );
    this.name = 'PageSizeError';
  }
}

export interface PageArgs {
  first?: number | null;
  last?: number | null;
}

/** The number of items a connection's arguments ask for; throws PageSizeError when refused. */
export function pageSize(args: PageArgs): number {
  for (const argument of ['first', 'last'] as const) {
    const value = args[argument];
    if (value != null && (value < 0 || value > maxPageSize)) throw new PageSizeError(argument, value);
  }
  return args.first ?? args.last ?? defaultPageSize;
}
