// The IPC contract: every channel the renderer may call, with zod schemas for its input and
// output. The main side's handler map and the renderer's client are both typed from this.
import type { z } from 'zod';
import type { ChannelSpec } from './channel';
import { appChannels } from './channels/app';
import { caseChannels } from './channels/cases';
import { chronologyChannels, chronologyExportChannels } from './channels/chronology';
import { findingsChannels } from './channels/findings';
import { caseFileChannels } from './channels/case-files';
import { evidenceChannels } from './channels/evidence';
import { remedyChannels } from './channels/remedies';
import { letterChannels } from './channels/letters';
import { complaintChannels } from './channels/complaint';
import { anonymiseChannels } from './channels/anonymise';

export const contract = {
  ...appChannels,
  ...caseChannels,
  ...chronologyChannels,
  ...chronologyExportChannels,
  ...findingsChannels,
  ...caseFileChannels,
  ...evidenceChannels,
  ...remedyChannels,
  ...letterChannels,
  ...complaintChannels,
  ...anonymiseChannels,
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer passes (before defaults are applied). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
