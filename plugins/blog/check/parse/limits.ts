/** What the parser refuses unread: no blog post needs more, and hostile files do. */

/** Front matter above this size is refused unread: no blog needs it. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;
/** Nesting deeper than this is refused (no field of ours nests beyond 2). */
export const MAX_DEPTH = 32;
/** A list or mapping longer than this is refused: no field needs 1,000 tags. */
export const MAX_ITEMS = 1000;
