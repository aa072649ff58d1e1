// Handler types derived from the contract: one function per channel, receiving validated input.
import type { Channel, Output, ParsedInput } from '../../shared/ipc/contract';
import type { Services } from '../services';
import type { Host } from '../host';

export interface HandlerContext {
  services: Services;
  host: Host;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Output<C> | Promise<Output<C>>;

export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
export type HandlerMap = HandlerGroup<Channel>;
