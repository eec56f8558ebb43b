// The ClamAV daemon of tools/clamd.mjs, for the API's tests (TypeScript reaches it through this file and its declarations).
export { EICAR, startClamd } from '../../../../tools/clamd.mjs';
