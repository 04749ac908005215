/**
 * The one way contexts talk: `ask` the background, `askTab` a tab's content
 * script, `notify` open pages that something changed; `listen` answers requests,
 * `onNotice` hears notices. A request is `{type, ...fields}` as its service
 * declares it (protocol.ts); its reply's type follows from its `type`, never from
 * the caller. A listener answers only this extension's own contexts, and only
 * messages of a known type whose fields pass their check: anything else gets no
 * answer from it (other listeners may still answer).
 */
import { browser, type Browser } from 'wxt/browser';
import { isObject, type Audience } from './define';
import { protocol, type Protocol } from './protocol';

export type MessageType = keyof Protocol;
type TypesTo<To extends Audience> = { [K in MessageType]: Protocol[K]['to'] extends To ? K : never }[MessageType];
/** Requests the background answers. */
export type BackgroundType = TypesTo<'background'>;
/** Requests a tab's content script answers. */
export type TabType = TypesTo<'tab'>;
export type RequestType = BackgroundType | TabType;
/** Notices to open extension pages and the background. */
export type NoticeType = TypesTo<'pages'>;

type Types<K extends MessageType> = NonNullable<Protocol[K]['types']>;
/** The request of type `K`: its type and its fields. */
export type Request<K extends MessageType> = { readonly type: K } & Types<K>['request'];
/** What a request of type `K` is answered with. */
export type Reply<K extends MessageType> = Types<K>['reply'];
/** Any request of the types `K` (a union, narrowed by `type`). */
export type AnyRequest<K extends MessageType = RequestType> = { [T in K]: Request<T> }[K];

export type Sender = Browser.runtime.MessageSender;
/** What answers each request of the types `K`, knowing who asked. */
export type Handlers<K extends RequestType> = { readonly [T in K]: (request: Request<T>, sender: Sender) => Reply<T> | Promise<Reply<T>> };
/** A service's answers, whoever asks (the listener applies the sender's limits first). */
export type Answers<K extends RequestType> = { readonly [T in K]: (request: Request<T>) => Promise<Reply<T>> };

/** Sends `request` to the background; resolves with its answer, rejects if no context answers. */
export function ask<K extends BackgroundType>(request: Request<K>): Promise<Reply<K>> {
  return browser.runtime.sendMessage(request) as Promise<Reply<K>>;
}

/** Sends `request` to the content script of tab `tabId`; rejects if there is none. */
export function askTab<K extends TabType>(tabId: number, request: Request<K>): Promise<Reply<K>> {
  return browser.tabs.sendMessage(tabId, request) as Promise<Reply<K>>;
}

/** Tells open extension pages and the background that something changed; no one listening is fine. */
export function notify(type: NoticeType): void {
  try {
    browser.runtime.sendMessage({ type }).catch(() => undefined);
  } catch {
    // No receiver, or no messaging API: nothing to tell.
  }
}

const fromThisExtension = (sender: Sender) => sender.id === browser.runtime.id;

/** `message` as a request declared in the protocol whose fields pass its check, else null. */
export function parseRequest(message: unknown): AnyRequest | null {
  if (!isObject(message) || typeof message.type !== 'string' || !Object.hasOwn(protocol, message.type)) return null;
  const spec = protocol[message.type as MessageType];
  return spec.to !== 'pages' && spec.valid(message) ? (message as AnyRequest) : null;
}

/**
 * The listener that answers the requests `handlers` has a function for, from
 * this extension's contexts; undefined (no answer) for anything else.
 */
export function messageListener<K extends RequestType>(handlers: Handlers<K>): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (!fromThisExtension(sender)) return undefined;
    const request = parseRequest(message);
    if (!request || !Object.hasOwn(handlers, request.type)) return undefined;
    const handler = handlers[request.type as K] as (request: AnyRequest, sender: Sender) => unknown;
    try {
      return Promise.resolve(handler(request, sender));
    } catch (e) {
      return Promise.reject(e);
    }
  };
}

/** Answers the requests `handlers` has a function for (see messageListener); returns what stops it. */
export function listen<K extends RequestType>(handlers: Handlers<K>): () => void {
  const listener = messageListener(handlers);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Calls `listener` on each notice `type` from this extension; returns what stops it. */
export function onNotice(type: NoticeType, listener: () => void): () => void {
  const hear = (message: unknown, sender: Sender): undefined => {
    if (fromThisExtension(sender) && isObject(message) && message.type === type) listener();
  };
  browser.runtime.onMessage.addListener(hear);
  return () => browser.runtime.onMessage.removeListener(hear);
}
