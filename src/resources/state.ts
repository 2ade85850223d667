export type { PortalState } from '../portal/state-types.js';
