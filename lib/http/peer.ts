/** The header in which the server records the peer address of each request. */
export const PEER = 'x-pifa-peer';
