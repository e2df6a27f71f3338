/**
 * The part of jsdom's API the tests use. jsdom ships no types, and @types/jsdom would add
 * the DOM library to the types of every file (changing `fetch`'s, for one).
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { document: unknown; close(): void };
  }
}
