// Display names for catalog ids (falls back to the id itself).
export { agentName } from './catalog-view';
