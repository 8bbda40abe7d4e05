import type { components } from '../../api/schema';

export type PhoneNumber = components['schemas']['PhoneNumberDto'];
export type HotlineCall = components['schemas']['HotlineCallDto'];
