/**
 * How a service declares its messages: one entry per message type, with its
 * request's fields and its reply's type (for the compiler) and the check its
 * fields must pass (at run time). Each service keeps its entries in its own
 * folder (`clipMessages` in adapters/clips/messages.ts…); protocol.ts merges them.
 * This module imports nothing, so declaring messages costs a context nothing.
 */

/** A message's fields as they arrive: anything, from any sender of this extension. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Who a message goes to: 'background' (sent with `ask`), 'tab' (a tab's content
 * script, sent with `askTab`), 'pages' (a notice to open extension pages and the
 * background, sent with `notify`, never answered).
 */
export type Audience = 'background' | 'tab' | 'pages';

/** No fields besides `type`. */
export type NoFields = Record<never, never>;

export interface MessageSpec<Req extends object, Rep, To extends Audience> {
  readonly to: To;
  /** True when a message of this type has well-formed fields; one that fails is dropped unanswered. */
  readonly valid: (message: Fields) => boolean;
  /** For the compiler only (never set): the request's fields besides `type`, and the reply. */
  readonly types?: { readonly request: Req; readonly reply: Rep };
}

/** A service's messages: type → declaration. Types are `service/what`, unique across services. */
export type Registry = Readonly<Record<string, MessageSpec<object, unknown, Audience>>>;

const anyFields = () => true;

/** A request the background answers with `Rep`. */
export const toBackground = <Req extends object = NoFields, Rep = never>(valid: (message: Fields) => boolean = anyFields): MessageSpec<Req, Rep, 'background'> => ({
  to: 'background',
  valid,
});

/** A request a tab's content script answers with `Rep`. */
export const toTab = <Req extends object = NoFields, Rep = never>(valid: (message: Fields) => boolean = anyFields): MessageSpec<Req, Rep, 'tab'> => ({ to: 'tab', valid });

/** A notice without fields or answer: something changed. */
export const toPages = (): MessageSpec<NoFields, void, 'pages'> => ({ to: 'pages', valid: anyFields });

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An optional entity or site id: absent, or a short non-empty string. */
export const optionalId = (x: unknown): boolean => x === undefined || isId(x);

export const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

export const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** The request types (not notices) of a registry. */
export type RequestTypesOf<R extends Registry> = { [K in keyof R]: R[K]['to'] extends 'pages' ? never : K }[keyof R] & string;
