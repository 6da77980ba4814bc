// The texts the first screen (App's shell and the Lists screen) waits for, in the active
// language only. main.ts loads them before it mounts; the bench counts them with the first
// screen's code. No imports: the bench reads this file in node.
export const FIRST_SCREEN_PACKS = ['shell', 'lists', 'storage-errors'] as const;
